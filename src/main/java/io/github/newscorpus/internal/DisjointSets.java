package io.github.newscorpus.internal;

/**
 * Partitions the elements {@code 0 .. size - 1} into sets that {@link #union} joins (union-find
 * with path compression). Not API: public only for the library's own packages. Not thread-safe.
 */
public final class DisjointSets {

  private final int[] parent;

  /** Starts with every element in a set of its own. */
  public DisjointSets(int size) {
    parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
  }

  /** Returns the element that stands for {@code x}'s set; the same for every element of a set. */
  public int find(int x) {
    int root = x;
    while (parent[root] != root) {
      root = parent[root];
    }
    while (parent[x] != root) { // path compression: each later find is one step
      int next = parent[x];
      parent[x] = root;
      x = next;
    }
    return root;
  }

  /** Joins the sets of {@code a} and {@code b}, {@code b}'s representative standing for both. */
  public void union(int a, int b) {
    parent[find(a)] = find(b);
  }
}
