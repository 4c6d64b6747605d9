package io.github.newscorpus.json;

import io.github.newscorpus.model.Span;
import java.util.List;

/**
 * Holds one JSON object of an article as read, before the article is built: its place, its JSON
 * pointer (kept as a link to its parent, and written out only for a problem), and the values read
 * from it. A span's offsets are kept in code points until the article's text is known; references
 * are kept as ids until every layer is read. One class serves every kind of object; each uses the
 * fields it has. Mutable, and used by one thread.
 */
final class Draft {

  /** The object that holds this one, or null for an article. */
  final Draft parent;
  /** The field of the parent that holds this, or null for an item of an array. */
  final String field;
  /** The index in the parent's array, for an item. */
  final int index;
  /** The place of the object's first token (see {@link Problems#token()}), or -1. */
  int at = -1;
  /** The place of an article's id value, or -1. */
  int idAt = -1;
  /** Whether a problem was found inside the object, so that it is not built. */
  boolean bad;

  // Spans: code-point offsets, -1 until read; the covered text as stored; the places of the
  // values of end and text, -1 until read.
  int begin = -1;
  int end = -1;
  String text;
  int endAt = -1;
  int textAt = -1;

  // Everything else an object may hold: an id, a kind, a fact's value and inference, references
  // by id and their places.
  String id;
  Enum<?> kind;
  String value;
  String inferred;
  String reference;
  int referenceAt = -1;
  String speakerMention;
  int speakerMentionAt = -1;
  /** A quote's segments, a fact's evidence (one), a quote's cue (one). */
  List<Draft> segments;
  Draft cue;
  /** What was built from it: an entity as it is read, anything else when the article ends. */
  Object built;
  /** Its span in UTF-16 indices, once checked against the text. */
  Span span;
  /** Whether what was built from it was given to the article's builder, whose rules check it. */
  boolean given;

  private Draft(Draft parent, String field, int index) {
    this.parent = parent;
    this.field = field;
    this.index = index;
  }

  /** Returns the draft of an article whose JSON pointer is {@code pointer} (escaped). */
  static Draft article(String pointer) {
    return new Draft(null, pointer, -1);
  }

  /** Returns the draft of the object in this one's field {@code name}. */
  Draft child(String name) {
    return new Draft(this, name, -1);
  }

  /** Returns the draft of item {@code i} of the array in this one's field {@code name}. */
  Draft item(String name, int i) {
    return new Draft(new Draft(this, name, -1), null, i);
  }

  /** Returns the draft of item {@code i} of the array that this draft stands for. */
  Draft item(int i) {
    return new Draft(this, null, i);
  }

  /** Returns the JSON pointer of this object. */
  String pointer() {
    if (parent == null) {
      return field;
    }
    StringBuilder text = new StringBuilder();
    append(text);
    return text.toString();
  }

  /** Returns the JSON pointer of this object's field {@code name}. */
  String pointer(String name) {
    return pointer() + "/" + escape(name);
  }

  private void append(StringBuilder text) {
    if (parent == null) {
      text.append(field);
      return;
    }
    parent.append(text);
    text.append('/');
    if (field == null) {
      text.append(index);
    } else {
      text.append(escape(field));
    }
  }

  /** Escapes one reference token: {@code ~} becomes {@code ~0} and {@code /} becomes {@code ~1}. */
  static String escape(String token) {
    return token.indexOf('~') < 0 && token.indexOf('/') < 0 ? token
        : token.replace("~", "~0").replace("/", "~1");
  }
}
