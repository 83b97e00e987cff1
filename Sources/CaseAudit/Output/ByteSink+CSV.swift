/// CSV cells written straight into a sink, as `CSVBuffer` writes them (quoted only when they
/// hold a comma, a quote or a line break, RFC 4180) after `SpreadsheetText.neutralised`.
extension ByteSink {
  /// Whether a byte makes a cell need quotes.
  @inline(__always)
  private static func needsQuotes(_ byte: UInt8) -> Bool {
    byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D
  }

  /// A cell; `neutralised` puts a `'` before one a spreadsheet could take for a formula.
  public mutating func csv(_ value: String, neutralised: Bool = true) {
    var value = value
    value.withUTF8 { utf8 in
      let marked = neutralised && SpreadsheetText.startsLikeFormula(utf8.first)
      let quoted = utf8.contains(where: Self.needsQuotes)
      if quoted { write(byte: 0x22) }
      if marked { write(byte: UInt8(ascii: "'")) }
      if quoted { writeDoublingQuotes(utf8) } else { write(bytes: utf8) }
      if quoted { write(byte: 0x22) }
    }
  }

  /// Evidence as one neutralised cell, `name value; name value`, without building the text.
  public mutating func csv(evidence: [EvidenceValue]) {
    let quoted = evidence.contains {
      Self.needsQuotes(text: $0.name) || Self.needsQuotes(text: $0.value)
    }
    // The text begins with the first name, or with the space after an empty one.
    let marked = SpreadsheetText.startsLikeFormula(evidence.first?.name.utf8.first)
    if quoted { write(byte: 0x22) }
    if marked { write(byte: UInt8(ascii: "'")) }
    for (index, value) in evidence.enumerated() {
      if index > 0 { write("; ") }
      writeCellPart(value.name, quoted: quoted)
      write(byte: 0x20)
      writeCellPart(value.value, quoted: quoted)
    }
    if quoted { write(byte: 0x22) }
  }

  /// Whether text holds a byte that makes a cell need quotes, read from its UTF-8 storage.
  private static func needsQuotes(text: String) -> Bool {
    var text = text
    return text.withUTF8 { $0.contains(where: needsQuotes) }
  }

  private mutating func writeCellPart(_ text: String, quoted: Bool) {
    var text = text
    text.withUTF8 { quoted ? writeDoublingQuotes($0) : write(bytes: $0) }
  }

  private mutating func writeDoublingQuotes(_ utf8: UnsafeBufferPointer<UInt8>) {
    var start = 0
    for index in 0..<utf8.count where utf8[index] == 0x22 {
      write(bytes: UnsafeBufferPointer(rebasing: utf8[start...index]))
      write(byte: 0x22)
      start = index + 1
    }
    write(bytes: UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
  }
}
