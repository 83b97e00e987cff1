import Crypto
import Foundation

/// Stable pseudonyms for ids and names, keyed so that only the key's holder can link them back:
/// `child-3fa2c1d0e9` is HMAC-SHA256(key, "child:C100054"), the same in every report made with
/// the same key.
public struct Redactor: Sendable {
  private let key: SymmetricKey

  /// A redactor with a secret key.
  public init(key: [UInt8]) { self.key = SymmetricKey(data: key) }

  /// The pseudonym of a value of a record type.
  public func pseudonym(_ value: String, type: String) -> String {
    var encoder = TypeEncoder(key: key, type: type)
    return encoder.pseudonym(value)
  }

  /// The pseudonyms of many values of one type, in order; spread over the cores, since a
  /// national export has millions of ids.
  public func pseudonyms(_ values: [String], type: String) -> [String] {
    let chunk = 8192
    let chunks = ParallelMap.map((values.count + chunk - 1) / chunk) { index in
      var encoder = TypeEncoder(key: key, type: type)
      return values[index * chunk..<min(values.count, (index + 1) * chunk)].map {
        encoder.pseudonym($0)
      }
    }
    return chunks.flatMap { $0 }
  }

  /// Pseudonyms of one type: the keyed state after `type:` is computed once and copied for
  /// every value, and the text is written into one reused buffer.
  private struct TypeEncoder {
    private let prefix: HMAC<SHA256>
    private var text: [UInt8]
    private let start: Int
    private static let digits = Array("0123456789abcdef".utf8)

    init(key: SymmetricKey, type: String) {
      var prefix = HMAC<SHA256>(key: key)
      prefix.update(data: Array("\(type):".utf8))
      self.prefix = prefix
      text = Array("\(type)-".utf8) + Array(repeating: UInt8(0), count: 10)
      start = text.count - 10
    }

    mutating func pseudonym(_ value: String) -> String {
      var mac = prefix
      mac.update(data: Array(value.utf8))
      for (offset, byte) in mac.finalize().prefix(5).enumerated() {
        text[start + 2 * offset] = Self.digits[Int(byte >> 4)]
        text[start + 2 * offset + 1] = Self.digits[Int(byte & 15)]
      }
      return String(decoding: text, as: UTF8.self)
    }
  }
}

extension Dataset {
  /// The dataset with every id, reference and personal field replaced by its pseudonym; rows,
  /// references and lists stay as they are, so findings are the same but for the names.
  public func redacted(by redactor: Redactor) -> Dataset {
    let newTables = schema.types.enumerated().map { typeIndex, type in
      let table = tables[typeIndex]
      let columns = type.fields.enumerated().map { fieldIndex, field -> Column in
        let column = table.columns[fieldIndex]
        let owner: String?
        switch field.type.base {
        case .id: owner = type.name
        case .ref: owner = field.target.map { schema.types[$0].name }
        default: owner = field.personal ? type.name + "_" + field.name : nil
        }
        guard let owner, case .strings(let codes, let texts) = column.storage else { return column }
        return Column(
          storage: .strings(codes: codes, table: redactor.pseudonyms(texts, type: owner)))
      }
      return Table(columns: columns, references: table.references, count: table.count)
    }
    return Dataset(
      schema: schema, tables: newTables, lists: lists, provided: provided,
      providedFields: providedFields, incomplete: incomplete)
  }
}
