package io.github.newscorpus.eval;

import java.math.BigInteger;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Computes the coreference metrics of a response partition against a key partition, as the
 * reference CoNLL-2012 scorer (v8.01, and its LEA branch) does. Mentions are ints; each side's
 * chains hold distinct mentions, and a mention of one side that the other lacks is twinless: it
 * counts on its own side only. Singletons count as given, except in MUC, which has no links in
 * them. A ratio with a zero denominator is 0, as in the reference scorer.
 */
final class CorefMetrics {

  private final int[][] key;
  private final int[][] response;
  /** common[k][r]: how many mentions key chain k and response chain r share. */
  private final int[][] common;
  private final int keyMentions;
  private final int responseMentions;

  CorefMetrics(int[][] key, int[][] response) {
    this.key = key;
    this.response = response;
    Map<Integer, Integer> responseChainOf = new HashMap<>();
    for (int r = 0; r < response.length; r++) {
      for (int m : response[r]) {
        responseChainOf.put(m, r);
      }
    }
    common = new int[key.length][response.length];
    int keyCount = 0;
    for (int k = 0; k < key.length; k++) {
      for (int m : key[k]) {
        Integer r = responseChainOf.get(m);
        if (r != null) {
          common[k][r]++;
        }
      }
      keyCount += key[k].length;
    }
    int responseCount = 0;
    for (int[] chain : response) {
      responseCount += chain.length;
    }
    keyMentions = keyCount;
    responseMentions = responseCount;
  }

  /** Returns every metric, in the order of {@link CorefMetric}. */
  Map<CorefMetric, Ratios> all() {
    Map<CorefMetric, Ratios> all = new EnumMap<>(CorefMetric.class);
    all.put(CorefMetric.MUC, muc());
    all.put(CorefMetric.B_CUBED, bCubed());
    all.put(CorefMetric.CEAF_M, ceafM());
    all.put(CorefMetric.CEAF_E, ceafE());
    all.put(CorefMetric.BLANC, blanc());
    all.put(CorefMetric.LEA, lea());
    return all;
  }

  /** Returns mention identification: mentions in both over key mentions and response mentions. */
  Ratios mentions() {
    long found = 0;
    for (int[] row : common) {
      for (int n : row) {
        found += n;
      }
    }
    return ratios(found, keyMentions, found, responseMentions);
  }

  /** Returns MUC (Vilain et al. 1995): links kept, over the chains' |c| - 1 links. */
  Ratios muc() {
    long correct = 0;
    for (int[] row : common) {
      for (int n : row) {
        correct += Math.max(0, n - 1);
      }
    }
    return ratios(correct, links(key), correct, links(response));
  }

  /** Returns B³ (Bagga and Baldwin 1998): per mention, the share of its chain the other side shares. */
  Ratios bCubed() {
    double recall = 0;
    double precision = 0;
    for (int k = 0; k < key.length; k++) {
      for (int r = 0; r < response.length; r++) {
        double n = common[k][r];
        recall += n * n / key[k].length;
        precision += n * n / response[r].length;
      }
    }
    return ratios(recall, keyMentions, precision, responseMentions);
  }

  /** Returns mention-based CEAF (Luo 2005): shared mentions under the best chain alignment. */
  Ratios ceafM() {
    double aligned = alignedMentions();
    return ratios(aligned, keyMentions, aligned, responseMentions);
  }

  /** Returns entity-based CEAF (Luo 2005): φ4 = 2|K∩R| / (|K| + |R|) under the best alignment. */
  Ratios ceafE() {
    double aligned = alignedEntities();
    return ratios(aligned, key.length, aligned, response.length);
  }

  /**
   * Returns LEA (Moosavi and Strube 2016): each chain weighted by its size, times the share of its
   * links the other side resolves; a singleton's one self-link is resolved when the other side
   * has the mention as a singleton too.
   */
  Ratios lea() {
    double recall = 0;
    for (int k = 0; k < key.length; k++) {
      recall += key[k].length * resolution(key[k].length, common[k], response);
    }
    double precision = 0;
    for (int r = 0; r < response.length; r++) {
      int[] column = new int[key.length];
      for (int k = 0; k < key.length; k++) {
        column[k] = common[k][r];
      }
      precision += response[r].length * resolution(response[r].length, column, key);
    }
    return ratios(recall, keyMentions, precision, responseMentions);
  }

  private static double resolution(int size, int[] shared, int[][] other) {
    long resolved = 0;
    for (int o = 0; o < shared.length; o++) {
      resolved += size == 1 ? (shared[o] == 1 && other[o].length == 1 ? 1 : 0) : pairs(shared[o]);
    }
    return (double) resolved / (size == 1 ? 1 : pairs(size));
  }

  /**
   * Returns BLANC (Recasens and Hovy 2011, for predicted mentions as Luo et al. 2014): the mean of
   * the scores of coreference links and of non-coreference links, as the reference scorer
   * averages them (F1 is the mean of the two F1s, and a kind of link the key lacks is left out).
   */
  Ratios blanc() {
    long keyCoref = 0;
    for (int[] chain : key) {
      keyCoref += pairs(chain.length);
    }
    long responseCoref = 0;
    for (int[] chain : response) {
      responseCoref += pairs(chain.length);
    }
    long correctCoref = 0;
    long both = 0;
    long sameKey = 0;
    long[] byResponse = new long[response.length];
    for (int k = 0; k < key.length; k++) {
      long inKey = 0;
      for (int r = 0; r < response.length; r++) {
        correctCoref += pairs(common[k][r]);
        inKey += common[k][r];
        byResponse[r] += common[k][r];
      }
      sameKey += pairs(inKey);
      both += inKey;
    }
    long sameResponse = 0;
    for (long n : byResponse) {
      sameResponse += pairs(n);
    }
    long keyNonCoref = pairs(keyMentions) - keyCoref;
    long responseNonCoref = pairs(responseMentions) - responseCoref;
    long correctNonCoref = pairs(both) - sameKey - sameResponse + correctCoref;

    double ra = keyCoref == 0 ? -1 : (double) correctCoref / keyCoref;
    double rr = keyNonCoref == 0 ? -1 : (double) correctNonCoref / keyNonCoref;
    double pa = responseCoref == 0 ? 0 : (double) correctCoref / responseCoref;
    double pr = responseNonCoref == 0 ? 0 : (double) correctNonCoref / responseNonCoref;
    double fa = pa + ra == 0 ? 0 : 2 * pa * ra / (pa + ra);
    double fr = pr + rr == 0 ? 0 : 2 * pr * rr / (pr + rr);
    if (ra == -1 && rr == -1) {
      return new Ratios(0, 0, 0);
    } else if (ra == -1) {
      return new Ratios(pr, rr, fr);
    } else if (rr == -1) {
      return new Ratios(pa, ra, fa);
    }
    return new Ratios((pa + pr) / 2, (ra + rr) / 2, (fa + fr) / 2);
  }

  /** Returns the shared mentions of the alignment that shares the most (CEAFₘ's φ3). */
  private double alignedMentions() {
    return aligned((k, r) -> BigInteger.valueOf(common[k][r]), (k, r) -> (double) common[k][r]);
  }

  /**
   * Returns the largest total φ4 = 2|K∩R| / (|K| + |R|) of an alignment (CEAFₑ). The alignment is
   * found on exact integer weights, each φ4 times the least common multiple of the sizes, so that
   * no tie turns on rounding.
   */
  private double alignedEntities() {
    BigInteger lcm = BigInteger.ONE;
    for (int[] k : key) {
      for (int[] r : response) {
        BigInteger size = BigInteger.valueOf(k.length + r.length);
        lcm = lcm.divide(lcm.gcd(size)).multiply(size);
      }
    }
    BigInteger scale = lcm;
    return aligned(
        (k, r) -> BigInteger.valueOf(2L * common[k][r])
            .multiply(scale.divide(BigInteger.valueOf(key[k].length + response[r].length))),
        (k, r) -> 2.0 * common[k][r] / (key[k].length + response[r].length));
  }

  /** Weighs a key chain against a response chain. */
  private interface PairWeight<T> {
    T of(int k, int r);
  }

  /**
   * Returns the total {@code similarity} of the alignment of key and response chains that
   * maximises the total {@code exact} weight (the same similarity, scaled to whole numbers).
   */
  private double aligned(PairWeight<BigInteger> exact, PairWeight<Double> similarity) {
    BigInteger[][] weights = new BigInteger[key.length][response.length];
    for (int k = 0; k < key.length; k++) {
      for (int r = 0; r < response.length; r++) {
        weights[k][r] = exact.of(k, r);
      }
    }
    int[] assigned = Assignment.maximise(weights);
    double total = 0;
    for (int k = 0; k < key.length; k++) {
      total += assigned[k] < 0 ? 0 : similarity.of(k, assigned[k]);
    }
    return total;
  }

  private static long links(int[][] chains) {
    long links = 0;
    for (int[] chain : chains) {
      links += Math.max(0, chain.length - 1);
    }
    return links;
  }

  private static long pairs(long n) {
    return n * (n - 1) / 2;
  }

  /** Returns the ratios with the reference scorer's rule: a zero denominator gives 0. */
  private static Ratios ratios(double recallNum, long recallDen, double precisionNum,
      long precisionDen) {
    double r = recallDen == 0 ? 0 : recallNum / recallDen;
    double p = precisionDen == 0 ? 0 : precisionNum / precisionDen;
    return new Ratios(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }
}
