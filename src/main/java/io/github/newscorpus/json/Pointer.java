package io.github.newscorpus.json;

/**
 * Names a JSON value by its JSON Pointer (RFC 6901), built as text only when a problem is
 * reported: reading keeps one small link per value (its parent and its field name or index)
 * rather than a string per value.
 */
final class Pointer {

  private final Pointer parent;
  /** The field name, unescaped; or, with no parent, the whole pointer, already escaped. */
  private final String name;
  private final int index;

  private Pointer(Pointer parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /** Returns the pointer written {@code pointer} (escaped, {@code ""} for the root). */
  static Pointer of(String pointer) {
    return new Pointer(null, pointer, -1);
  }

  /** Returns the pointer to this object's field {@code name}. */
  Pointer field(String name) {
    return new Pointer(this, name, -1);
  }

  /** Returns the pointer to this array's item {@code index}. */
  Pointer item(int index) {
    return new Pointer(this, null, index);
  }

  /** Escapes one reference token: {@code ~} becomes {@code ~0} and {@code /} becomes {@code ~1}. */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** Returns the pointer as text, such as {@code /articles/0/mentions/3/text}. */
  @Override
  public String toString() {
    if (parent == null) {
      return name;
    }
    StringBuilder text = new StringBuilder();
    append(text);
    return text.toString();
  }

  private void append(StringBuilder text) {
    if (parent == null) {
      text.append(name);
      return;
    }
    parent.append(text);
    text.append('/');
    if (name == null) {
      text.append(index);
    } else {
      text.append(escape(name));
    }
  }
}
