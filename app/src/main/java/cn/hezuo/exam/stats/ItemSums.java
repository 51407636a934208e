package cn.hezuo.exam.stats;

/**
 * The sums every item statistic derives from, gathered in two passes over the N×K points (O(N·K)): first the plain
 * sums (overall, per class, per group) and option counts, then the sums of squares and cross-products centred on the
 * means. Centring, with the corrected two-pass formula Σd² − (Σd)²/N, keeps the variances exact to rounding even when
 * the scores sit far from zero.
 */
final class ItemSums {

    static final int OPTIONS = Choice.values().length;

    final int n;
    final int k;
    final double[] sum;
    /** Row-major classCount×K. */
    final double[] classSum;
    final double[] upperSum;
    final double[] lowerSum;
    final double[] strictUpperSum;
    final double[] strictLowerSum;
    /** Item j, option o at j·5 + o. */
    final int[] options;
    /** Class c, item j, option o at (c·K + j)·5 + o. */
    final int[] classOptions;
    final int[] upperOptions;
    final int[] lowerOptions;
    /** Whether every student has the same x_j, and the same rest score T − x_j. */
    final boolean[] itemConstant;
    final boolean[] restConstant;
    final double totalMean;
    /** Centred Σ(T − mean)², Σ(x_j − mean_j)², Σ(x_j − mean_j)(T − mean). */
    double totalSquares;
    final double[] itemSquares;
    final double[] crossProducts;

    ItemSums(ExamMatrix matrix, byte[] groups) {
        ScoreTable scores = matrix.scores();
        n = matrix.studentCount();
        k = matrix.itemCount();
        int classes = scores.classCount();
        sum = new double[k];
        classSum = new double[classes * k];
        upperSum = new double[k];
        lowerSum = new double[k];
        strictUpperSum = new double[k];
        strictLowerSum = new double[k];
        options = new int[k * OPTIONS];
        classOptions = new int[classes * k * OPTIONS];
        upperOptions = new int[k * OPTIONS];
        lowerOptions = new int[k * OPTIONS];
        itemConstant = new boolean[k];
        restConstant = new boolean[k];
        itemSquares = new double[k];
        crossProducts = new double[k];
        java.util.Arrays.fill(itemConstant, true);
        java.util.Arrays.fill(restConstant, true);
        sumPass(matrix, groups);
        double totalSum = 0;
        for (double t : scores.totalsArray()) {
            totalSum += t;
        }
        totalMean = totalSum / n;
        centredPass(matrix);
    }

    double mean(int item) {
        return sum[item] / n;
    }

    private void sumPass(ExamMatrix matrix, byte[] groups) {
        double[] points = matrix.pointsArray();
        byte[] choices = matrix.choicesArray();
        double[] totals = matrix.scores().totalsArray();
        int[] classIndex = matrix.scores().classIndexArray();
        for (int i = 0; i < n; i++) {
            int row = i * k;
            int classRow = classIndex[i] * k;
            for (int j = 0; j < k; j++) {
                double x = points[row + j];
                sum[j] += x;
                classSum[classRow + j] += x;
                if (itemConstant[j] && x != points[j]) {
                    itemConstant[j] = false;
                }
                if (restConstant[j] && totals[i] - x != totals[0] - points[j]) {
                    restConstant[j] = false;
                }
                int option = choices[row + j];
                if (option >= 0) {
                    options[j * OPTIONS + option]++;
                    classOptions[(classRow + j) * OPTIONS + option]++;
                }
            }
            byte group = groups[i];
            addRow(group, UpperLowerGroups.UPPER, points, row, upperSum, choices, upperOptions);
            addRow(group, UpperLowerGroups.LOWER, points, row, lowerSum, choices, lowerOptions);
            addRow(group, UpperLowerGroups.STRICT_UPPER, points, row, strictUpperSum, choices, null);
            addRow(group, UpperLowerGroups.STRICT_LOWER, points, row, strictLowerSum, choices, null);
        }
    }

    private void addRow(byte group, byte flag, double[] points, int row, double[] sums, byte[] choices, int[] counts) {
        if ((group & flag) == 0) {
            return;
        }
        for (int j = 0; j < k; j++) {
            sums[j] += points[row + j];
            int option = choices[row + j];
            if (counts != null && option >= 0) {
                counts[j * OPTIONS + option]++;
            }
        }
    }

    private void centredPass(ExamMatrix matrix) {
        double[] points = matrix.pointsArray();
        double[] totals = matrix.scores().totalsArray();
        double[] means = new double[k];
        for (int j = 0; j < k; j++) {
            means[j] = mean(j);
        }
        double[] itemDeviations = new double[k];
        double totalDeviations = 0;
        for (int i = 0; i < n; i++) {
            int row = i * k;
            double dt = totals[i] - totalMean;
            totalDeviations += dt;
            totalSquares += dt * dt;
            for (int j = 0; j < k; j++) {
                double dx = points[row + j] - means[j];
                itemDeviations[j] += dx;
                itemSquares[j] += dx * dx;
                crossProducts[j] += dx * dt;
            }
        }
        // Corrected two-pass: subtract the (tiny) square of the deviations' own sum, which rounding left non-zero.
        totalSquares -= totalDeviations * totalDeviations / n;
        for (int j = 0; j < k; j++) {
            itemSquares[j] -= itemDeviations[j] * itemDeviations[j] / n;
            crossProducts[j] -= itemDeviations[j] * totalDeviations / n;
        }
    }
}
