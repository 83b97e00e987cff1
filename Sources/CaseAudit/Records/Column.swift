/// One field of one record type, for every record: typed storage, compact and cheap to read.
///
/// Dates are day numbers, strings are interned (each distinct text stored once), booleans are
/// bytes; a 100,000-child export fits in a few hundred megabytes.
public struct Column: Sendable {
  /// The storage by field type; each marks an empty cell its own way.
  public enum Storage: Sendable {
    /// Day numbers; `Int32.min` is empty.
    case dates([Int32])
    /// Whole numbers; `Int.min` is empty.
    case ints([Int])
    /// Decimals; NaN is empty.
    case decimals([Double])
    /// 0 false, 1 true, 2 empty.
    case bools([UInt8])
    /// Codes into `table`; -1 is empty.
    case strings(codes: [Int32], table: [String])
  }

  /// The cells.
  public var storage: Storage
  /// For an imported key column, its texts' interner (kept from typing), so a reference is
  /// found by hashing its bytes, not by building a dictionary of every key.
  var keyIndex: ByteInterner?

  /// Creates a column.
  public init(storage: Storage) {
    self.storage = storage
  }

  /// Creates a key column with its texts' interner.
  init(storage: Storage, keyIndex: ByteInterner?) {
    self.storage = storage
    self.keyIndex = keyIndex
  }

  /// The number of cells.
  public var count: Int {
    switch storage {
    case .dates(let cells): return cells.count
    case .ints(let cells): return cells.count
    case .decimals(let cells): return cells.count
    case .bools(let cells): return cells.count
    case .strings(let codes, _): return codes.count
    }
  }

  /// The value of a cell.
  @inline(__always)
  public subscript(row: Int) -> Value {
    switch storage {
    case .dates(let cells):
      let day = cells[row]
      return day == Int32.min ? .null : .date(Day(number: Int(day)))
    case .ints(let cells):
      let number = cells[row]
      return number == Int.min ? .null : .int(number)
    case .decimals(let cells):
      let number = cells[row]
      return number.isNaN ? .null : .decimal(number)
    case .bools(let cells):
      let flag = cells[row]
      return flag == 2 ? .null : .bool(flag == 1)
    case .strings(let codes, let table):
      let code = codes[row]
      return code < 0 ? .null : .string(table[Int(code)])
    }
  }

  /// Every cell's value, in row order.
  public var values: [Value] { (0..<count).map { self[$0] } }

  /// The text of a string cell, without building a `Value`; nil when empty or not text.
  public func text(_ row: Int) -> String? {
    guard case .strings(let codes, let table) = storage, codes[row] >= 0 else { return nil }
    return table[Int(codes[row])]
  }

  /// The cells in a new order (or a subset): `rows[i]` is the old row of new row `i`.
  public func reordered(_ rows: [Int]) -> Column {
    switch storage {
    case .dates(let cells): return Column(storage: .dates(Self.gather(cells, rows)))
    case .ints(let cells): return Column(storage: .ints(Self.gather(cells, rows)))
    case .decimals(let cells): return Column(storage: .decimals(Self.gather(cells, rows)))
    case .bools(let cells): return Column(storage: .bools(Self.gather(cells, rows)))
    case .strings(let codes, let table):
      return Column(storage: .strings(codes: Self.gather(codes, rows), table: table))
    }
  }

  /// `rows.map { cells[$0] }` as one tight loop (the reads, from anywhere in the cells, wait
  /// on memory; nothing else in the loop should).
  static func gather<Cell>(_ cells: [Cell], _ rows: [Int]) -> [Cell] {
    cells.withUnsafeBufferPointer { cells in
      rows.withUnsafeBufferPointer { rows in
        [Cell](count: rows.count) { index in
          let row = rows[index]
          precondition(UInt(bitPattern: row) < UInt(cells.count), "row out of range")
          return cells[row]
        }
      }
    }
  }

  /// A sort key per cell that orders as the values do, empty cells last; strings by their
  /// UTF-8 bytes, so the order is the same on every machine.
  func sortKeys() -> [Int64] {
    switch storage {
    case .dates(let cells): return cells.map { $0 == Int32.min ? Int64.max : Int64($0) }
    case .ints(let cells): return cells.map { $0 == Int.min ? Int64.max : Int64($0) }
    case .bools(let cells): return cells.map { Int64($0) }
    case .decimals(let cells):
      // Decimals are rare in sort orders; rank them.
      let order = cells.indices.sorted { lhs, rhs in
        let (a, b) = (cells[lhs], cells[rhs])
        return a.isNaN || b.isNaN ? !a.isNaN && b.isNaN : a < b
      }
      var ranks = [Int64](repeating: 0, count: cells.count)
      for (rank, index) in order.enumerated() {
        ranks[index] = cells[index].isNaN ? .max : Int64(rank)
      }
      return ranks
    case .strings(let codes, let table):
      let sorted = table.indices.sorted { table[$0].utf8.lexicographicallyPrecedes(table[$1].utf8) }
      var rank = [Int64](repeating: 0, count: table.count)
      for (position, code) in sorted.enumerated() { rank[code] = Int64(position) }
      return codes.map { $0 < 0 ? Int64.max : rank[Int($0)] }
    }
  }
}
