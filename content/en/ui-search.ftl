# UI strings of the search page and the search box (English).

search-title = Search the guide
search-label = Search for a step or an error message
search-loading = Loading the search index…
search-failed = The search index could not be loaded. Check the connection, then try again.
search-count = Steps found: { $count }
search-none = No step matches. Try fewer or other words, or paste the whole error message on the start page.
search-hint = Type words from the error message or the problem, for example: no such host.
