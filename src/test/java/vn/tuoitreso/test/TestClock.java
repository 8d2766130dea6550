package vn.tuoitreso.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import vn.tuoitreso.shared.ProvinceTime;

/** The platform's clock in tests: real time, which a test may move forward (deadlines, time limits). */
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    /** From now on the clock reads this instant and runs on from there. */
    public void moveTo(Instant when) {
        offset = Duration.between(Instant.now(), when);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ProvinceTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
