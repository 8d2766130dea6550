package vn.tuoitreso.shared;

import java.time.Clock;
import java.time.ZoneId;

/** The province's time zone: every date shown or compared against a deadline is in it. */
public final class ProvinceTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private ProvinceTime() {
    }

    public static Clock systemClock() {
        return Clock.system(ZONE);
    }
}
