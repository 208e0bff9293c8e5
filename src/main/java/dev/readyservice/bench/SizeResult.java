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
 */
public record SizeResult(String label, int components, List<ReviewRun> reviews, List<RunSample> floors, int floorResources) {

    public SizeResult {
        reviews = List.copyOf(reviews);
        floors = List.copyOf(floors);
        if (reviews.isEmpty() || floors.isEmpty()) {
            throw new IllegalArgumentException("a size result needs at least one review and one floor run");
        }
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

    /** One review: what it cost and where its time went. */
    public record ReviewRun(RunSample sample, ReviewOutput output) {
    }
}
