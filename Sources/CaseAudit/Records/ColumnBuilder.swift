/// Collects a column's cells one record at a time, interning strings as they come.
public struct ColumnBuilder: Sendable {
  private var storage: Column.Storage
  private var index: [String: Int32] = [:]

  /// An empty builder for a field type, with room for `capacity` cells (an estimate; an id
  /// column also reserves its lookup, since every id is new).
  public init(for type: FieldType, capacity: Int = 0) {
    func reserved<T>(_ element: T.Type) -> [T] {
      var cells: [T] = []
      cells.reserveCapacity(capacity)
      return cells
    }
    switch type.base {
    case .date: storage = .dates(reserved(Int32.self))
    case .int: storage = .ints(reserved(Int.self))
    case .decimal: storage = .decimals(reserved(Double.self))
    case .bool: storage = .bools(reserved(UInt8.self))
    case .id:
      storage = .strings(codes: reserved(Int32.self), table: reserved(String.self))
      index.reserveCapacity(capacity)
    case .string, .code, .ref: storage = .strings(codes: reserved(Int32.self), table: [])
    }
  }

  /// Appends a cell; a value of the wrong kind is stored as empty (the typer never makes one).
  public mutating func append(_ value: Value) {
    switch storage {
    case .dates(var cells):
      storage = .dates([])
      if case .date(let day) = value { cells.append(Int32(day.number)) } else { cells.append(.min) }
      storage = .dates(cells)
    case .ints(var cells):
      storage = .ints([])
      if case .int(let number) = value { cells.append(number) } else { cells.append(.min) }
      storage = .ints(cells)
    case .decimals(var cells):
      storage = .decimals([])
      cells.append(value.number ?? .nan)
      storage = .decimals(cells)
    case .bools(var cells):
      storage = .bools([])
      if case .bool(let flag) = value { cells.append(flag ? 1 : 0) } else { cells.append(2) }
      storage = .bools(cells)
    case .strings(var codes, var table):
      storage = .dates([])
      if case .string(let text) = value {
        if let code = index[text] {
          codes.append(code)
        } else {
          let code = Int32(table.count)
          table.append(text)
          index[text] = code
          codes.append(code)
        }
      } else {
        codes.append(-1)
      }
      storage = .strings(codes: codes, table: table)
    }
  }

  /// The finished column.
  public func build() -> Column { Column(storage: storage) }

  /// The code of a text already appended, if any.
  public func code(of text: String) -> Int32? { index[text] }

  /// The number of cells so far.
  public var count: Int { Column(storage: storage).count }
}
