package dev.clientsmith.runtime;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items of a paginated list operation, fetched page by page as iteration reaches them.
 * Generated resources return one from {@code listAutoPaging(..)} where the document shows a
 * cursor pattern (a {@code has_more} flag with an {@code after} cursor, or a {@code next_cursor}):
 *
 * <pre>{@code
 * for (OpenAIFile file : client.files().listAutoPaging(ListParams.builder().limit(100L).build())) {
 *   ...
 * }
 * }</pre>
 *
 * <p>Every {@link #iterator()} starts again at the first page; nothing is cached between
 * iterations. A page is requested only when the items before it have been consumed, and each
 * request is an ordinary call (retries, timeouts and errors as for the list call itself: an
 * exception surfaces from {@code hasNext()}). Iteration ends at a page without a next cursor (absent or empty), or at
 * an empty page (so a server that keeps saying "more" without sending any cannot loop forever).
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {

  /** One page: its items and the cursor of the next page, {@code null} when it is the last one. */
  public static final class Page<T> {
    private final List<T> items;
    private final String nextCursor;

    private Page(List<T> items, String nextCursor) {
      this.items = List.copyOf(items);
      this.nextCursor = nextCursor;
    }

    /**
     * Returns a page.
     *
     * @param items the page's items
     * @param nextCursor the cursor that fetches the next page, or {@code null} when there is none
     */
    public static <T> Page<T> of(List<T> items, String nextCursor) {
      return new Page<>(Objects.requireNonNull(items, "items"), nextCursor);
    }
  }

  private final String firstCursor;
  private final Function<String, Page<T>> fetch;

  private AutoPager(String firstCursor, Function<String, Page<T>> fetch) {
    this.firstCursor = firstCursor;
    this.fetch = fetch;
  }

  /**
   * Returns a pager.
   *
   * @param firstCursor the cursor of the first page, {@code null} for the start of the list
   * @param fetch fetches the page at a cursor ({@code null}: the first page)
   */
  public static <T> AutoPager<T> of(String firstCursor, Function<String, Page<T>> fetch) {
    return new AutoPager<>(firstCursor, Objects.requireNonNull(fetch, "fetch"));
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private Iterator<T> current;
      private String next = firstCursor;
      private boolean last;

      @Override
      public boolean hasNext() {
        while (current == null || !current.hasNext()) {
          if (last) {
            return false;
          }
          Page<T> page = Objects.requireNonNull(fetch.apply(next), "the page fetcher returned null");
          current = page.items.iterator();
          next = page.nextCursor;
          last = next == null || next.isEmpty() || page.items.isEmpty();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /** Returns the items as a sequential, lazily fetching stream. */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  @Override
  public String toString() {
    return "AutoPager{from " + (firstCursor == null ? "the start" : firstCursor) + "}";
  }
}
