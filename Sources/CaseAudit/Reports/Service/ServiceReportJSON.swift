import Foundation

/// `report.json` of the service report, in its pinned shape: the report, pack, period, as-at
/// and data fingerprint, every table of the pack's report and compliance by standard (keys,
/// labels and counts in column order), and consistency by grouping.
public struct ServiceReportJSON: Encodable, Sendable {
  /// The shape's version.
  var schemaVersion = 1
  var report: Identity
  var pack: Pack
  var period: Period
  var asAt: String?
  var dataFingerprint: String
  var tables: [Table]
  var consistency: ConsistencyJSON
  /// What a reader must know before any figure (as at the top of the HTML and Markdown).
  var notes: [String]

  /// The document of a service report.
  public init(report: ServiceReport) {
    let census = report.census
    self.report = Identity(id: report.reportID, title: report.reportTitle)
    pack = Pack(
      id: census.pack.id, version: census.pack.version, fingerprint: census.pack.fingerprint)
    period = Period(
      start: census.context.periodStart?.description, end: census.context.periodEnd?.description)
    asAt = census.context.asAt?.description
    dataFingerprint = census.dataFingerprint
    tables = report.tables.map(Table.init)
    consistency = ConsistencyJSON(report.consistency)
    notes = report.notes
  }

  /// The JSON text, keys sorted, as every JSON output of CaseAudit.
  public func render() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
  }

  enum CodingKeys: String, CodingKey {
    case report, pack, period, tables, consistency, notes
    case schemaVersion = "schema_version"
    case asAt = "as_at"
    case dataFingerprint = "data_fingerprint"
  }

  /// Encodes every key, an absent date as null.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(schemaVersion, forKey: .schemaVersion)
    try container.encode(report, forKey: .report)
    try container.encode(pack, forKey: .pack)
    try container.encode(period, forKey: .period)
    try container.encode(asAt, forKey: .asAt)
    try container.encode(dataFingerprint, forKey: .dataFingerprint)
    try container.encode(tables, forKey: .tables)
    try container.encode(consistency, forKey: .consistency)
    try container.encode(notes, forKey: .notes)
  }

  struct Identity: Encodable, Sendable {
    var id: String
    var title: String
  }

  struct Pack: Encodable, Sendable {
    var id: String
    var version: String
    var fingerprint: String
  }

  struct Period: Encodable, Sendable {
    var start: String?
    var end: String?

    enum CodingKeys: String, CodingKey { case start, end }

    func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(start, forKey: .start)
      try container.encode(end, forKey: .end)
    }
  }

  struct Table: Encodable, Sendable {
    var id: String
    var title: String
    var columns: [Column]
    var rows: [Row]

    init(_ table: ReportTable) {
      id = table.id
      title = table.title
      columns = table.columns.map { Column(key: $0.key, label: $0.label) }
      rows = table.rows.map { Row(key: $0.key, label: $0.label, values: $0.cells.map(Value.init)) }
    }
  }

  struct Column: Encodable, Sendable {
    var key: String
    var label: String
  }

  struct Row: Encodable, Sendable {
    var key: String
    var label: String
    var values: [Value]
  }

  /// A cell as JSON: a count or number as a number, nothing as null (text, which the pinned
  /// tables never hold, as a string).
  enum Value: Encodable, Sendable, Hashable {
    case int(Int)
    case double(Double)
    case text(String)
    case null

    init(_ cell: ReportCell) {
      switch cell {
      case .count(let value): self = .int(value)
      case .number(let value, _), .proportion(let value, _): self = .double(value)
      case .text(let value): self = .text(value)
      case .empty: self = .null
      }
    }

    func encode(to encoder: Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .int(let value): try container.encode(value)
      case .double(let value): try container.encode(value)
      case .text(let value): try container.encode(value)
      case .null: try container.encodeNil()
      }
    }
  }
}
