/// CSV text built row by row, quoting only the fields that need it (RFC 4180).
public struct CSVBuffer: Sendable {
  /// The UTF-8 bytes so far, header included.
  public private(set) var bytes: [UInt8] = []
  /// Rows written, header excluded.
  public private(set) var rowCount = 0

  /// Starts a buffer with its header row.
  public init(header: [String]) {
    append(fields: header)
    rowCount = 0
  }

  /// Appends a row; empty strings are empty cells.
  public mutating func append(_ fields: String...) { append(fields: fields) }

  /// Appends a row of fields.
  public mutating func append(fields: [String]) {
    for (index, field) in fields.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      let utf8 = field.utf8
      if utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
        bytes.append(0x22)
        for byte in utf8 {
          if byte == 0x22 { bytes.append(0x22) }
          bytes.append(byte)
        }
        bytes.append(0x22)
      } else {
        bytes.append(contentsOf: utf8)
      }
    }
    bytes.append(0x0A)
    rowCount += 1
  }

  /// Appends another buffer's rows (its header skipped), for joining parts made in parallel.
  public mutating func append(rowsOf other: CSVBuffer) {
    guard let headerEnd = other.bytes.firstIndex(of: 0x0A) else { return }
    bytes.append(contentsOf: other.bytes[(headerEnd + 1)...])
    rowCount += other.rowCount
  }
}
