package cn.hezuo.exam.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random exams whose scores follow a latent ability, so that items correlate as in real data. */
final class RandomExams {

    private RandomExams() {
    }

    /**
     * Items alternate objective (3 points, right or wrong, options A–D with key A, some blanks) and subjective (half
     * points up to 2–10). Every item's points are shifted by {@code offset / k}, so totals sit near {@code offset}.
     * {@code n} students are present; one more in every 97 is absent.
     */
    static ExamMatrix generate(long seed, int n, int k, int classes, double offset) {
        Random random = new Random(seed);
        List<Item> items = new ArrayList<>(k);
        double shift = offset / k;
        for (int j = 0; j < k; j++) {
            boolean objective = j % 2 == 0;
            double max = objective ? 3 : 2 * (1 + j % 5);
            items.add(new Item(String.format("Q%02d", j + 1), max + shift, objective,
                    List.of("kp" + (j % 7), "kp" + (j % 3 + 7))));
        }
        ExamMatrix.Builder builder = ExamMatrix.builder(items);
        double[] difficulty = new double[k];
        for (int j = 0; j < k; j++) {
            difficulty[j] = random.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            String id = String.format("s%07d", random.nextInt(10_000_000)) + "-" + i;
            String classKey = "c" + (i % classes);
            if (i % 97 == 13) {
                builder.absent("absent-" + i, classKey);
            }
            double ability = random.nextGaussian();
            double[] points = new double[k];
            Choice[] options = new Choice[k];
            for (int j = 0; j < k; j++) {
                double p = 1 / (1 + Math.exp(-(ability - difficulty[j])));
                double max = items.get(j).maxPoints() - shift;
                if (items.get(j).objective()) {
                    boolean right = random.nextDouble() < p;
                    options[j] = right ? Choice.A : Choice.values()[random.nextInt(4) == 0 ? 0 : 2 + random.nextInt(3)];
                    points[j] = shift + (right ? max : 0);
                } else {
                    points[j] = shift + Math.min(max, Math.round(2 * max * p + random.nextGaussian()) / 2.0);
                    points[j] = Math.max(shift, points[j]);
                }
            }
            builder.present(id, classKey, points, options);
        }
        return builder.build();
    }
}
