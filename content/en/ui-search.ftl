# UI strings of the search page and the search box (English).

search-title = Search the guide
search-label = Search for a step or an error message
search-loading = Loading the search…
search-count = Steps found: { $count }
search-none = No step matches. Try fewer or other words.
search-hint = Type words from the error or the problem, for example: no such host.
