package cn.hezuo.grouping;

/**
 * Objective values of the final grouping, computed exactly as {@code score.py} defines them on
 * the objective features (z-standardised with the sample SD, unweighted), so they can be compared
 * with anticlust.
 *
 * @param kmeans          {@code Σ_g Σ_{i∈g} ||x_i − c_g||²} (higher is better)
 * @param betweenGroupSs  {@code Σ_g n_g ||c_g||²} = total SS − kmeans (lower is better; 0 = all group
 *                        means equal)
 * @param diversity       {@code Σ_g Σ_{i<j∈g} ||x_i − x_j||²} (squared Euclidean)
 * @param diversityEuclid {@code Σ_g Σ_{i<j∈g} ||x_i − x_j||} (Euclidean; anticlust's diversity)
 * @param kplus           kmeans objective on {@code [z, standardise(z²)]}
 * @param repeatedPairs   pairs of students who were also together in the previous grouping
 */
public record ObjectiveValues(double kmeans, double betweenGroupSs, double diversity, double diversityEuclid,
                              double kplus, int repeatedPairs) {
}
