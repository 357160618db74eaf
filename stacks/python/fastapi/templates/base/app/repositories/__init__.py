"""The only modules that build queries; routers call these."""
