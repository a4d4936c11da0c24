package io.returnrouter.core.bound;

/**
 * Sorts item indexes by a key without boxing: the bound sorts up to a million items per
 * iteration, and boxed comparators would make that much garbage each time.
 */
final class IndexSort {

    private IndexSort() {
    }

    /** Sorts {@code index[0..count)} so that {@code key[index[k]]} ascends. */
    static void byKey(int[] index, int count, double[] key) {
        quicksort(index, 0, count - 1, key);
    }

    private static void quicksort(int[] a, int lo, int hi, double[] key) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            double pivot = median(key[a[lo]], key[a[mid]], key[a[hi]]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (key[a[i]] < pivot) {
                    i++;
                }
                while (key[a[j]] > pivot) {
                    j--;
                }
                if (i <= j) {
                    int t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            // recurse into the smaller half, loop on the larger: stack depth stays logarithmic
            if (j - lo < hi - i) {
                quicksort(a, lo, j, key);
                lo = i;
            } else {
                quicksort(a, i, hi, key);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            int t = a[i];
            double k = key[t];
            int j = i - 1;
            while (j >= lo && key[a[j]] > k) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = t;
        }
    }

    private static double median(double x, double y, double z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }
}
