package showcase.report;

/** How a report prints: an aligned table for people, or Markdown, CSV or JSON for documents and programs. */
public enum Format {
    TEXT, MARKDOWN, CSV, JSON
}
