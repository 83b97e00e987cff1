import Foundation
import Testing

@testable import CaseAudit

/// Reading a case's records ahead of its rules.
@Suite struct CasePrefetchTests {
  /// The prefetch reads, of the case's lists, exactly the fields the scored rules read: the
  /// cells those rules would miss in the cache, and no list whose records they never read.
  @Test func readsTheFieldsTheRulesRead() {
    let pack = DemoExport.pack
    let schema = pack.schema
    for only in [["reviews_within_timescale"], []] {
      let scorer = Scorer(pack: pack, only: only)
      var expected: Set<[Int]> = []
      for rule in scorer.rules {
        for read in rule.reads {
          guard
            let relation = schema.relations.firstIndex(where: {
              $0.target == schema.caseType && $0.source == read.type
            })
          else { continue }
          expected.insert([relation, read.field])
        }
      }
      var found: Set<[Int]> = []
      for relation in scorer.prefetch.relations {
        for field in relation.fields + relation.references {
          #expect(found.insert([relation.relation, field]).inserted)
        }
      }
      #expect(!found.isEmpty)
      #expect(found == expected)
    }
  }

  /// For findings, which name their items, each list's key is read too, with its text.
  @Test func readsTheKeysForFindings() {
    let pack = DemoExport.pack
    let rules = Scorer(pack: pack).rules
    let plain = CasePrefetch(rules: rules, schema: pack.schema)
    let keyed = CasePrefetch(rules: rules, schema: pack.schema, keys: true)
    #expect(plain.relations.map(\.relation) == keyed.relations.map(\.relation))
    for (without, with) in zip(plain.relations, keyed.relations) {
      let key = pack.schema.types[with.source].key
      let expected = Set(without.fields + without.references + [key])
      #expect(Set(with.fields + with.references) == expected)
    }
  }

  /// What it reads is each case's cells, summed as their values say: computed here from the
  /// records' values, not from the columns' storage.
  @Test(arguments: [false, true]) func readsEachCasesOwnCells(keys: Bool) {
    let data = DemoExport.load(without: nil).dataset
    let prefetch = CasePrefetch(
      rules: Scorer(pack: DemoExport.pack).rules, schema: data.schema, keys: keys)
    for caseRow in 0..<data.tables[data.schema.caseType].count {
      var sum: Int32 = 0
      for relation in prefetch.relations {
        let table = data.tables[relation.source]
        let key = data.schema.types[relation.source].key
        for row in data.lists[relation.relation][caseRow] {
          let record = RecordRef(type: relation.source, row: Int(row))
          for field in relation.fields {
            sum &+= Self.cell(data.value(record, field: field), table.columns[field])
          }
          for field in relation.references { sum &+= table.references[field][Int(row)] }
          if keys, case .string(let id) = data.value(record, field: key) {
            sum &+= Int32(id.utf8.count)
          }
        }
      }
      #expect(prefetch.read(data, caseRow: caseRow) == sum)
    }
  }

  /// A cell as the prefetch sums it: a day's number, a flag, a text's place in its column's
  /// table, with each kind's mark for empty.
  private static func cell(_ value: Value, _ column: Column) -> Int32 {
    switch (value, column.storage) {
    case (.date(let day), _): return Int32(day.number)
    case (.null, .dates): return Int32.min
    case (.int(let number), _): return Int32(truncatingIfNeeded: number)
    case (.null, .ints): return Int32(truncatingIfNeeded: Int.min)
    case (.decimal(let number), _): return number > 0 ? 1 : 0
    case (.null, .decimals): return 0
    case (.bool(let flag), _): return flag ? 1 : 0
    case (.null, .bools): return 2
    case (.string(let text), .strings(_, let table)): return Int32(table.firstIndex(of: text)!)
    case (.null, .strings): return -1
    default:
      Issue.record("a cell of an unexpected kind: \(value)")
      return 0
    }
  }
}
