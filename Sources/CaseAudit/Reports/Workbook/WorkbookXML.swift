/// Text and numbers as SpreadsheetML writes them.
enum WorkbookXML {
  /// Text for element content and attribute values: `& < > "` escaped; characters XML 1.0
  /// cannot hold (control characters other than tab, line feed and carriage return) written as
  /// OOXML's `_xHHHH_`, and a literal `_xHHHH_` in the text protected as `_x005F_xHHHH_`, so
  /// reading the cell back gives the text written.
  static func text(_ value: String) -> String {
    var out = ""
    out.reserveCapacity(value.utf8.count)
    let scalars = Array(value.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "_" where startsEscape(scalars, at: index): out += "_x005F_"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
          out += "_x" + hex4(scalar.value) + "_"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// Whether `_xHHHH_` starts at `index`.
  private static func startsEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    guard index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_"
    else { return false }
    return scalars[(index + 2)...(index + 5)].allSatisfy {
      $0.properties.isASCIIHexDigit
    }
  }

  private static func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  /// A number as an `xsd:double` (nil for infinity and NaN, which a cell cannot hold).
  static func number(_ value: Double) -> String? {
    guard value.isFinite else { return nil }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return "\(value)"
  }

  /// The cell reference of a zero-based column and a one-based row (`A1`, `AB12`).
  static func reference(column: Int, row: Int) -> String {
    var letters = ""
    var number = column + 1
    while number > 0 {
      let remainder = (number - 1) % 26
      letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
      number = (number - 1) / 26
    }
    return letters + String(row)
  }
}
