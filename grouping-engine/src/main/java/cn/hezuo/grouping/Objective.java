package cn.hezuo.grouping;

/**
 * What "balanced" means. All three work on z-standardised, weighted features.
 *
 * <ul>
 *   <li>{@link #VARIANCE} — k-means anticlustering (Späth 1986; Papenberg &amp; Klau 2021):
 *       maximise {@code Σ_g Σ_{i∈g} ||x_i − c_g||²}, which is the same as minimising the
 *       between-group sum of squares {@code Σ_g n_g ||c_g − c||²}: group means as equal as
 *       possible. The default.</li>
 *   <li>{@link #DIVERSITY} — maximise the sum of within-group pairwise <em>Euclidean</em>
 *       (not squared) distances {@code Σ_g Σ_{i<j∈g} ||x_i − x_j||}, the criterion anticlust's
 *       {@code diversity_objective} uses. It favours heterogeneous members inside each group.</li>
 *   <li>{@link #KPLUS} — k-plus anticlustering (Papenberg 2024): the variance criterion on
 *       {@code [z, standardise(z²)]}, so groups get equal means <em>and</em> equal spreads.</li>
 * </ul>
 */
public enum Objective {
    VARIANCE, DIVERSITY, KPLUS
}
