import CaseAudit
import Foundation
import Testing

/// What a test expects of the shipped pack, read from its files' text, so the test survives a
/// policy owner adding rules, examples, comments or calendar years.
struct PackText {
  /// A text's first place in a file: its 1-based line and column, and the whole line.
  struct Position {
    let line: Int
    let column: Int
    let source: String
  }

  /// The file's text, by path from the repository root (or absolute).
  static func read(_ path: String) throws -> String {
    let url =
      path.hasPrefix("/")
      ? URL(fileURLWithPath: path) : CommandRunner.repositoryRoot.appendingPathComponent(path)
    return try String(contentsOf: url, encoding: .utf8)
  }

  /// Where `text` first occurs in the file at `path`.
  static func position(of text: String, in path: String) throws -> Position {
    let lines = try read(path).split(separator: "\n", omittingEmptySubsequences: false)
    let index = try #require(lines.firstIndex { $0.contains(text) }, "'\(text)' in \(path)")
    let line = lines[index]
    let column = line.distance(from: line.startIndex, to: line.range(of: text)!.lowerBound)
    return Position(line: index + 1, column: column + 1, source: String(line))
  }

  /// The rule files of a pack folder, by path.
  static func ruleFiles(_ pack: String) throws -> [String] {
    let folder = CommandRunner.repositoryRoot.appendingPathComponent(pack + "/rules").path
    return try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasSuffix(".yaml") }.map { pack + "/rules/" + $0 }
  }

  /// How many lines of the pack's rule files start with `prefix` once indentation is dropped:
  /// `- id:` counts rules, `- name:` examples.
  static func count(_ prefix: String, inRulesOf pack: String) throws -> Int {
    try ruleFiles(pack).map { path in
      try read(path).split(separator: "\n").filter {
        $0.drop { $0 == " " }.hasPrefix(prefix)
      }.count
    }.reduce(0, +)
  }

  /// The calendar file's years (its lines that start with a year and a colon), in file order,
  /// with their 1-based lines.
  static func calendarYears(_ path: String) throws -> [(year: Int, line: Int)] {
    try read(path).split(separator: "\n", omittingEmptySubsequences: false).enumerated()
      .compactMap { index, line in
        guard line.count > 5, line.dropFirst(4).first == ":", let year = Int(line.prefix(4))
        else { return nil }
        return (year, index + 1)
      }
  }

  /// How many examples the rule `id` has in the rule file at `path`.
  static func exampleCount(ofRule id: String, in path: String) throws -> Int {
    let lines = try read(path).split(separator: "\n")
    let start = try #require(lines.firstIndex { $0 == "- id: \(id)" }, "rule \(id) in \(path)")
    let rule = lines[(start + 1)...].prefix { !$0.hasPrefix("- id:") }
    return rule.filter { $0.drop { $0 == " " }.hasPrefix("- name:") }.count
  }

  /// What `rules check` says of the calendar at `path` (shown as `shown`) today: nothing when
  /// the file lists this year, else its coverage warning at the first year; and the count.
  static func coverageWarning(
    _ path: String, shownAs shown: String
  ) throws -> (stderr: String, count: String) {
    let year = try #require(Day(utc: Date())).components.year
    let years = try calendarYears(path)
    let first = try #require(years.first)
    guard !years.contains(where: { $0.year == year }) else { return ("", "0 warnings") }
    let covered = years.map(\.year)
    let span = "\(covered.min()!)\u{2013}\(covered.max()!)"
    let source = try read(path).split(separator: "\n", omittingEmptySubsequences: false)
    return (
      """
      \(shown):\(first.line):1: warning: the calendar covers \(span), not this year (\(year)): \
      working days in \(year) are unknown until its bank holidays are added
      \(source[first.line - 1])
      ^

      """, "1 warning"
    )
  }
}
