/// The pack's tallies as Markdown tables: each value, its count and its share.
public enum TallyMarkdown {
  /// The tables, each under a heading; empty text when there are none.
  public static func render(_ tallies: [TallyCounts], level: String = "##") -> String {
    guard !tallies.isEmpty else { return "" }
    var out = "\n\(level) Themes\n"
    for tally in tallies {
      out += "\n\(MarkdownText.escape(tally.title)) (\(tally.total)):\n\n"
      if tally.unknownCases > 0 {
        out +=
          "Not counted: \(tally.unknownCases) cases whose records for this were not provided.\n\n"
      }
      out += "| value | count | share |\n|---|---:|---:|\n"
      for row in tally.rows {
        let share = tally.total == 0 ? nil : Double(row.count) / Double(tally.total)
        out += "| \(MarkdownText.escape(row.value)) | \(row.count) |"
        out += " \(ReportFormatting.percent(share)) |\n"
      }
    }
    return out
  }
}
