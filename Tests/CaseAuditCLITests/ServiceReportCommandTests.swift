import CaseAudit
import Foundation
import Testing

/// report.json's tables, as far as the comparison reads them; values must be JSON integers.
private struct ReportTables: Decodable {
  /// A table of the report.
  struct Table: Decodable {
    let id: String
    let columns: [Column]
    let rows: [Row]
  }

  /// A column's key and label.
  struct Column: Decodable {
    let key: String
    let label: String
  }

  /// A row's key, label and counts.
  struct Row: Decodable {
    let key: String
    let label: String
    let values: [Int]
  }

  let tables: [Table]
}

/// The 2021-22 report of the hand-made export, run with `--format json`; returns the output
/// folder, the export's folder and what the command printed.
private func reportOfHandMadeExport(_ runner: CommandRunner) throws -> (
  out: String, export: String, output: CommandRunner.Output
) {
  let export = try ServiceReportExport.write(in: runner)
  let out = runner.folder.appendingPathComponent("report").path
  let output = try runner.run([
    "report", "--rules", "Rules/iro", "--data", export, "--period", "2021-04-01..2022-03-31",
    "--out", out, "--format", "json",
  ])
  return (out, export, output)
}

/// Every difference between a report's table and its hand count, each naming the table, the
/// row and the column.
private func differences(_ expected: ExpectedTable, _ table: ReportTables.Table) -> [String] {
  let name = "table '\(expected.id)'"
  let columns = table.columns.map(\.key)
  guard columns == expected.columns else {
    return ["\(name): columns \(columns), expected \(expected.columns)"]
  }
  var found: [String] = []
  for row in table.rows where row.values.count != columns.count {
    found.append("\(name), row '\(row.key)': \(row.values.count) values, \(columns.count) columns")
  }
  guard found.isEmpty else { return found }
  var body = table.rows
  if let last = body.last, last.key == "total" {
    body.removeLast()
    for (index, column) in columns.enumerated() {
      let sum = body.reduce(0) { $0 + $1.values[index] }
      if last.values[index] != sum {
        found.append(
          "\(name), row 'total', column '\(column)': \(last.values[index]), the rows sum to \(sum)")
      }
    }
  }
  let keys = body.map(\.key)
  if keys.contains("total") { found.append("\(name): a row 'total' that is not the last") }
  if Set(keys).count != keys.count { found.append("\(name): row keys repeated in \(keys)") }
  let actual = Dictionary(body.map { ($0.key, $0.values) }, uniquingKeysWith: { first, _ in first })
  let wanted = Dictionary(uniqueKeysWithValues: expected.rows.map { ($0.key, $0.values) })
  switch expected.comparison {
  case .listed:
    if keys != expected.rows.map(\.key) {
      found.append("\(name): rows \(keys), expected \(expected.rows.map(\.key))")
    }
  case .nonZero:
    let shown = body.filter { $0.values.contains { $0 != 0 } || wanted[$0.key] != nil }
    for row in shown where wanted[row.key] == nil {
      found.append("\(name), row '\(row.key)': not expected, values \(row.values)")
    }
  case .these:
    break
  }
  for row in expected.rows {
    guard let values = actual[row.key] else {
      found.append("\(name), row '\(row.key)': missing")
      continue
    }
    for (index, column) in columns.enumerated() where values[index] != row.values[index] {
      found.append(
        "\(name), row '\(row.key)', column '\(column)': expected \(row.values[index]), "
          + "got \(values[index])")
    }
  }
  return found
}

/// The problems of a rule-outcome table: every row's applicable cases must be its met, not met
/// and insufficient-evidence ones.
private func unbalancedRows(_ table: ReportTables.Table) -> [String] {
  guard table.columns.map(\.key) == ["applicable", "met", "not_met", "insufficient_evidence"]
  else { return [] }
  return table.rows.filter { $0.values.count == 4 }.compactMap { row in
    let parts = row.values[1] + row.values[2] + row.values[3]
    guard row.values[0] != parts else { return nil }
    return "table '\(table.id)', row '\(row.key)': applicable \(row.values[0]), "
      + "met + not_met + insufficient_evidence \(parts)"
  }
}

/// The elements of the `values` arrays of a JSON text that are not integers written as such
/// (JSONSerialization reads `true` and `7.0` as numbers an `Int` cast accepts).
private func nonIntegerValues(in text: String) -> [String] {
  text.matches(of: #/"values"\s*:\s*\[([^\]]*)\]/#).flatMap { match in
    match.output.1.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      .filter { Int($0) == nil }
  }
}

/// A JSON object's value at a key as a string, or nil.
private func string(_ object: [String: Any]?, _ key: String) -> String? {
  object?[key] as? String
}

/// End-to-end runs of `caseaudit report` on a hand-made export whose every pinned table was
/// counted by hand (issue 10; the counts are in `ServiceReportExpectations`).
@Suite struct ServiceReportCommandTests {
  @Test func theHandMadeExportChecksClean() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let export = try ServiceReportExport.write(in: runner)
    let output = try runner.run(["data", "check", "--rules", "Rules/iro", "--data", export])
    #expect(output.status == 0)
    #expect(output.stderr == "")
    #expect(
      output.stdout == """
        \(export): 0 errors, 0 warnings

        Records:
          type               file                    loaded  excluded
          child              children.csv                21         0
          period             periods.csv                 23         0
          episode            episodes.csv                28         0
          review             reviews.csv                 46         0
          permanence_plan    permanence_plans.csv        17         0
          professional       professionals.csv            5         0
          team               teams.csv                    3         0
          allocation         allocations.csv             32         0
          note               notes.csv                    1         0
          escalation         escalations.csv             18         0
          escalation_stage   escalation_stages.csv        1         0
          escalation_action  escalation_actions.csv       1         0

        """)
  }

  @Test
  func everyPinnedTableMatchesTheHandCount() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let (out, _, output) = try reportOfHandMadeExport(runner)
    #expect(output.status == 0, "\(output.stderr)")
    let data = try Data(contentsOf: URL(fileURLWithPath: out + "/report.json"))
    let report = try JSONDecoder().decode(ReportTables.self, from: data)
    for expected in ServiceReportExpectations.tables {
      let tables = report.tables.filter { $0.id == expected.id }
      guard tables.count == 1, let table = tables.first else {
        Issue.record("table '\(expected.id)': \(tables.count) tables with this id, expected 1")
        continue
      }
      for difference in differences(expected, table) + unbalancedRows(table) {
        Issue.record("\(difference)")
      }
    }
  }

  @Test
  func reportJSONHasThePinnedShape() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let (out, export, output) = try reportOfHandMadeExport(runner)
    #expect(output.status == 0, "\(output.stderr)")
    let data = try Data(contentsOf: URL(fileURLWithPath: out + "/report.json"))
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(nonIntegerValues(in: String(decoding: data, as: UTF8.self)) == [])
    #expect(
      json.keys.sorted() == [
        "as_at", "consistency", "data_fingerprint", "notes", "pack", "period", "report",
        "schema_version", "tables",
      ])
    #expect(json["schema_version"] as? Int == 1)
    let report = json["report"] as? [String: Any]
    #expect(report?.keys.sorted() == ["id", "title"])
    #expect(string(report, "id")?.isEmpty == false)
    #expect(string(report, "title")?.isEmpty == false)
    let pack = json["pack"] as? [String: Any]
    let loaded = PackLoader().load(path: CommandRunner.repositoryRoot.path + "/Rules/iro").pack
    #expect(pack?.keys.sorted() == ["fingerprint", "id", "version"])
    #expect(string(pack, "id") == "iro")
    #expect(string(pack, "version") == "2022.1")
    #expect(string(pack, "fingerprint") == loaded?.fingerprint)
    let period = json["period"] as? [String: Any]
    #expect(period?.keys.sorted() == ["end", "start"])
    #expect(string(period, "start") == "2021-04-01")
    #expect(string(period, "end") == "2022-03-31")
    #expect(json["as_at"] as? String == "2022-03-31")
    #expect(json["data_fingerprint"] as? String == AuditRun.fingerprint(of: export))
    #expect(json["consistency"] is [String: Any])
    let tables = try #require(json["tables"] as? [[String: Any]])
    let ids = tables.compactMap { string($0, "id") }
    #expect(ids.count == tables.count)
    #expect(Set(ids).count == ids.count, "table ids repeated: \(ids)")
    #expect(Set(ServiceReportExpectations.tables.map(\.id)).subtracting(ids).isEmpty)
    for table in tables {
      let id = string(table, "id") ?? "?"
      #expect(table.keys.sorted() == ["columns", "id", "rows", "title"], "table '\(id)'")
      #expect(string(table, "title")?.isEmpty == false, "table '\(id)'")
      let columns = table["columns"] as? [[String: Any]] ?? []
      #expect(!columns.isEmpty, "table '\(id)'")
      for column in columns {
        #expect(column.keys.sorted() == ["key", "label"], "table '\(id)'")
        #expect(string(column, "key") != nil, "table '\(id)'")
        #expect(string(column, "label")?.isEmpty == false, "table '\(id)'")
      }
      let rows = try #require(table["rows"] as? [[String: Any]], "table '\(id)'")
      for row in rows {
        let key = string(row, "key") ?? "?"
        #expect(row.keys.sorted() == ["key", "label", "values"], "table '\(id)', row '\(key)'")
        #expect(string(row, "label")?.isEmpty == false, "table '\(id)', row '\(key)'")
        let values = row["values"] as? [Any] ?? []
        #expect(values.count == columns.count, "table '\(id)', row '\(key)'")
      }
    }
  }
}
