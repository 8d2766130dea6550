package vn.tuoitreso.shared.export;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * The rows of a table, produced while the file is written: each row handed to the sink is written before the
 * next is made, so a table of a hundred thousand rows never sits in memory. A cell is a {@link String}, a
 * {@link Number} or {@code null} (empty).
 */
@FunctionalInterface
public interface Rows {

    void forEach(Consumer<List<? extends @Nullable Object>> sink);

    /** Rows already in memory (a ranking of a few hundred units). */
    static Rows of(List<? extends List<? extends @Nullable Object>> rows) {
        return sink -> rows.forEach(sink);
    }

    /**
     * Rows read page by page: {@code page} is asked for page 0, 1, … of {@code size} items (a query with a limit,
     * each in its own short transaction) until a page says there is no next one; only one page is held at a time.
     */
    static <T> Rows paged(int size, Page<T> page, Function<T, List<? extends @Nullable Object>> cells) {
        if (size < 1) {
            throw new IllegalArgumentException("page size " + size);
        }
        return sink -> {
            for (int number = 0;; number++) {
                Slice<T> items = page.read(PageRequest.of(number, size));
                items.forEach(item -> sink.accept(cells.apply(item)));
                if (!items.hasNext()) {
                    return;
                }
            }
        };
    }

    /**
     * Rows read page after page by key: {@code next} is asked for up to {@code size} items after a key
     * ({@code 0} first, then the last item's) until it gives fewer; only one page is held at a time, and no
     * page costs more than the first however far the list goes (nothing skipped by an offset).
     */
    static <T> Rows keyed(int size, Following<T> next, ToLongFunction<T> key,
            Function<T, List<? extends @Nullable Object>> cells) {
        if (size < 1) {
            throw new IllegalArgumentException("page size " + size);
        }
        return sink -> {
            long after = 0;
            for (;;) {
                List<T> items = next.after(after, size);
                items.forEach(item -> sink.accept(cells.apply(item)));
                if (items.size() < size) {
                    return;
                }
                after = key.applyAsLong(items.getLast());
            }
        };
    }

    /** The items after a key, in the key's order. */
    @FunctionalInterface
    interface Following<T> {
        List<T> after(long key, int size);
    }

    /** One page of items. */
    @FunctionalInterface
    interface Page<T> {
        Slice<T> read(Pageable page);
    }
}
