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

  /// Reads the key kept in a file, creating it with 32 random bytes (as hex) when missing, so
  /// the key stays with the user.
  public static func key(at path: String) throws -> [UInt8] {
    switch InputFile.bytes(at: path) {
    case .failure(let problem) where !problem.isMissing:
      throw Diagnostic.error("the redaction key \(problem.message(path))")
    case .failure: break
    case .success(let data):
      let text = String(decoding: data, as: UTF8.self).trimmingCharacters(
        in: .whitespacesAndNewlines)
      var bytes: [UInt8] = []
      var index = text.startIndex
      while index < text.endIndex,
        let next = text.index(index, offsetBy: 2, limitedBy: text.endIndex),
        let byte = UInt8(text[index..<next], radix: 16)
      {
        bytes.append(byte)
        index = next
      }
      guard bytes.count >= 16, index == text.endIndex else {
        throw Diagnostic.error("'\(path)' is not a redaction key (hex, at least 16 bytes)")
      }
      return bytes
    }
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
    try AtomicFile.write(
      bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() + "\n", to: path)
    return bytes
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
      providedFields: providedFields)
  }
}
