package dev.readyservice.bench;

import java.time.Duration;
import java.util.List;

/**
 * Every run of one product: its reviews and its floors.
 *
 * @param label what was reviewed ({@code "qa (reference)"} or the component count)
 * @param components how many components the product has
 * @param reviews each review's cost and the phases it reported
 * @param floors each floor run's cost
 * @param floorResources resources the program registered under mocks
 * @param real each {@code prr review --engine pulumi} of the same product (empty when the real CLI was not run)
 */
public record SizeResult(String label, int components, List<ReviewRun> reviews, List<RunSample> floors, int floorResources,
        List<RealRun> real) {

    public SizeResult {
        reviews = List.copyOf(reviews);
        floors = List.copyOf(floors);
        real = List.copyOf(real);
        if (reviews.isEmpty() || floors.isEmpty()) {
            throw new IllegalArgumentException("a size result needs at least one review and one floor run");
        }
    }

    /** A result without real-CLI runs. */
    public SizeResult(String label, int components, List<ReviewRun> reviews, List<RunSample> floors, int floorResources) {
        this(label, components, reviews, floors, floorResources, List.of());
    }

    /** Resources the review's engine recorded (the stack resource included). */
    public int resources() {
        return reviews.get(0).output().resources();
    }

    /** The median review sample (wall, CPU and RSS each a median of its own). */
    public RunSample review() {
        return median(reviews.stream().map(ReviewRun::sample).toList());
    }

    /** The median floor sample. */
    public RunSample floor() {
        return median(floors);
    }

    /** Median review wall over median floor wall. */
    public double ratio() {
        return (double) review().wall().toNanos() / floor().wall().toNanos();
    }

    /** The median program-process time inside the review. */
    public Duration program() {
        return Medians.duration(reviews, r -> r.output().program());
    }

    /** The median preview phase. */
    public Duration preview() {
        return Medians.duration(reviews, r -> r.output().preview());
    }

    /** The median policy-pack phase. */
    public Duration pack() {
        return Medians.duration(reviews, r -> r.output().pack());
    }

    /** The largest tree peak of any review run: the figure the memory target is about. */
    public long worstReviewRssKib() {
        return reviews.stream().mapToLong(r -> r.sample().treePeakRssKib()).max().orElse(0);
    }

    static RunSample median(List<RunSample> samples) {
        return new RunSample(Medians.duration(samples, RunSample::wall), Medians.duration(samples, RunSample::cpu),
                Medians.whole(samples, RunSample::treePeakRssKib), Medians.whole(samples, RunSample::processPeakRssKib));
    }

    /** The median real {@code pulumi preview --policy-pack} alone (the CLI's run inside {@code prr review --engine pulumi}). */
    public Duration realPreview() {
        return Medians.duration(real, RealRun::preview);
    }

    /** The median {@code prr review --engine pulumi} sample (the CLI, the pack, the report and the review's JVM). */
    public RunSample realReview() {
        return median(real.stream().map(RealRun::sample).toList());
    }

    /** Median offline review wall over the median real preview alone: the figure the 0.5x target is about. */
    public double offlineOverReal() {
        return (double) review().wall().toNanos() / realPreview().toNanos();
    }

    /** One review: what it cost and where its time went. */
    public record ReviewRun(RunSample sample, ReviewOutput output) {
    }

    /**
     * One {@code prr review --engine pulumi}: what the whole command cost, and how long the real
     * {@code pulumi preview --policy-pack} inside it ran (as the review measured and printed it).
     */
    public record RealRun(RunSample sample, Duration preview) {
    }
}
