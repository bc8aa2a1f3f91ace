"""`her2cli scan`: many reports in, one record per report out (filled in by the batch module)."""
