// The page's few lines of script: send the chosen file to her2cli on this computer, show the
// answer, switch language, print and save. No framework, nothing loaded from elsewhere.
"use strict";
(() => {
  const texts = JSON.parse(document.getElementById("texts").textContent);
  const $ = (id) => document.getElementById(id);
  let lang = document.documentElement.lang;
  let file = null;
  let outcome = null;

  function showOutcome() {
    const error = outcome && !outcome.ok ? outcome.error : null;
    $("error").textContent = error ? texts[lang].errors[error] || texts[lang].errors.internal_error : "";
    $("password-form").hidden = !(error === "password_required" || error === "wrong_password");
    $("result").hidden = !(outcome && outcome.ok);
    $("summary").innerHTML = outcome && outcome.ok ? outcome.summary[lang] : "";
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.title = texts[lang].page.title;
    for (const el of document.querySelectorAll("[data-t]")) el.textContent = texts[lang].page[el.dataset.t];
    showOutcome();
  }

  async function read(password) {
    if (!file) return;
    outcome = null;
    showOutcome();
    $("busy").hidden = false;
    $("announce").textContent = texts[lang].page.reading;
    const headers = { "Content-Type": "application/octet-stream" };
    if (password) headers["X-Her2cli-Password"] = encodeURIComponent(password);
    try {
      const response = await fetch("explain", { method: "POST", headers, body: file, cache: "no-store" });
      outcome = await response.json();
    } catch (e) {
      outcome = { ok: false, error: "network" };
    }
    $("busy").hidden = true;
    showOutcome();
    if (outcome.ok) {
      $("announce").textContent = texts[lang].page.read_done;
      $("summary").focus();
    } else if (!$("password-form").hidden) {
      $("password").focus();
    }
  }

  function choose(chosen) {
    if (!chosen) return;
    file = chosen;
    $("password").value = "";
    read(null);
  }

  $("file").addEventListener("change", (e) => choose(e.target.files[0]));
  const drop = $("drop");
  for (const name of ["dragover", "drop"]) document.addEventListener(name, (e) => e.preventDefault());
  drop.addEventListener("dragover", () => drop.classList.add("over"));
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    drop.classList.remove("over");
    choose(e.dataTransfer.files[0]);
  });
  $("password-form").addEventListener("submit", (e) => {
    e.preventDefault();
    read($("password").value);
  });
  $("lang").addEventListener("change", (e) => {
    lang = e.target.value;
    applyLanguage();
  });
  $("print").addEventListener("click", () => window.print());
  $("save").addEventListener("click", () => {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([outcome.page[lang]], { type: "text/html" }));
    link.download = texts[lang].page.save_name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  });
})();
