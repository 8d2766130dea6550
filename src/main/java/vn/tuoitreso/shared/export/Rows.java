package vn.tuoitreso.shared.export;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
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

    /** One page of items. */
    @FunctionalInterface
    interface Page<T> {
        Slice<T> read(Pageable page);
    }
}
