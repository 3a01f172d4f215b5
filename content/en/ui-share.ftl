# UI strings for sharing a step: the Markdown report, wiki links (English).

report-date = Date
report-version = Guide version
report-step = Step
report-link = Link
report-explanation = Explanation
report-trail-empty = Opened directly, without answering questions.
report-inputs-empty = No values entered.
report-redacted = redacted
report-redacted-public-address = redacted public address
report-redacted-private-address = redacted private address
report-refused = not used: { $reason }

share-title = Share this step
share-redact = Hide names and IP addresses (report and link)
share-copy-report = Copy report
share-download-report = Download report.md
share-report-copied = Report copied.
share-copy-link = Copy as a wiki link:
share-link-copied = Wiki link copied.
share-copy-failed = Could not copy: the browser did not allow it.
