extension Array {
  /// `count` elements, element `i` being `element(i)`, written straight into new memory: no
  /// zero fill before, and no check per element that the array is not shared (which
  /// `map` and `append` make in a loop the optimiser does not always clear of it).
  @inline(__always)
  init(count: Int, filling element: (Int) -> Element) {
    self.init(unsafeUninitializedCapacity: count) { buffer, initialized in
      for index in 0..<count { buffer.initializeElement(at: index, to: element(index)) }
      initialized = count
    }
  }
}
