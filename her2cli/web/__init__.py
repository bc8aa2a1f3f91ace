"""`her2cli serve`: a private page in the patient's own browser, served on the loopback address.

The page is the same summary as `her2cli explain`, for people who will never open a terminal.
A report is read by the same isolated worker as `explain` (her2cli.isolated.explain_isolated), never
in the server process, and nothing about it is kept or logged once the answer is sent.

Layers: `guard` decides who may talk to the server (token, Host, Origin) and adds the security
headers; `app` holds the three routes; `page` builds the HTML; `server` binds the loopback socket
and runs uvicorn. Starlette and uvicorn come from the optional extra `her2cli[web]`.
"""

from __future__ import annotations
