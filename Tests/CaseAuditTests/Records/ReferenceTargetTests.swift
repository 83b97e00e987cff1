import Testing

@testable import CaseAudit

/// References are resolved once, by the bytes of each distinct text through the key column's
/// interner (an import) or through a dictionary (a dataset built from values); either way each
/// text must find the first row whose key is the same `String`, or none.
@Suite struct ReferenceTargetTests {
  /// Keys and references over a small alphabet, so that texts repeat, share prefixes and are
  /// sometimes absent; `é` written precomposed and decomposed is one text, as for `String`.
  private static let pieces = ["C1", "C10", "-P2", "\u{E9}", "e\u{301}", "", "R", "0"]

  private func text(_ generator: inout SplitMix) -> String {
    (0..<Int.random(in: 1...3, using: &generator)).map { _ in
      Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &generator)]
    }.joined()
  }

  /// The first row whose key is the text, by scanning every row: the obviously correct answer.
  private func expected(_ keys: [String?], _ text: String) -> Int32 {
    keys.firstIndex { $0 == text }.map { Int32($0) } ?? -1
  }

  @Test func eachReferenceFindsTheFirstRowWithItsKey() {
    var generator = SplitMix(state: 11)
    let schema = Self.schema
    for _ in 0..<40 {
      let keyCount = Int.random(in: 0...30, using: &generator)
      let keys = (0..<keyCount).map { _ in text(&generator) }
      let references = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
        text(&generator)
      }
      for interned in [true, false] {
        let columns = [
          [column(keys, interned: interned, key: true)],
          [column(references, interned: interned, key: false)],
        ]
        let targets = ReferenceTargets(schema: schema, columns: columns)
        guard case .strings(_, let texts) = columns[1][0].storage else {
          Issue.record("a reference column holds texts")
          continue
        }
        #expect(targets.rows[1][0] == texts.map { expected(keys, $0) })
        #expect(targets.rows[0][0] == [])
      }
    }
  }

  /// A column of texts, typed from bytes (with its interner kept, for a key) or from values.
  private func column(_ texts: [String], interned: Bool, key: Bool) -> Column {
    guard interned else {
      var builder = ColumnBuilder(for: FieldType(.id))
      for text in texts { builder.append(.string(text)) }
      return builder.build()
    }
    var builder = ByteColumnBuilder(for: FieldType(.id), capacity: texts.count)
    for text in texts {
      var text = text
      text.withUTF8 { builder.append(text: $0) }
    }
    return builder.build(keepingLookup: key)
  }

  /// A key type and a type referring to it.
  private static let schema = Schema(
    types: [
      Schema.RecordType(
        name: "child", key: 0, fields: [Schema.Field(name: "child_id", type: FieldType(.id))],
        listName: "children", file: "children.csv", orderBy: []),
      Schema.RecordType(
        name: "note", key: 0,
        fields: [Schema.Field(name: "child_id", type: FieldType(.ref("child")), target: 0)],
        listName: "notes", file: "notes.csv", orderBy: []),
    ], caseType: 0)
}
