package vn.tuoitreso.search.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import vn.tuoitreso.search.SearchHit;

/** A snippet as text with the matched words in {@code <mark>}, built as elements so nothing is read as HTML. */
final class Snippets {

    private Snippets() {
    }

    static Div of(SearchHit.Snippet snippet, String source) {
        Div div = new Div();
        div.addClassName("search-snippet");
        if (!source.isEmpty()) {
            Span from = new Span(source + ": ");
            from.addClassName("search-snippet-source");
            div.add(from);
        }
        Span text = new Span();
        String value = snippet.text();
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == SearchHit.Snippet.MARK_START) {
                text.getElement().appendChild(Element.createText(plain.toString()));
                plain.setLength(0);
            } else if (c == SearchHit.Snippet.MARK_END) {
                text.getElement().appendChild(new Element("mark").setText(plain.toString()));
                plain.setLength(0);
            } else {
                plain.append(c);
            }
        }
        text.getElement().appendChild(Element.createText(plain.toString()));
        div.add(text);
        return div;
    }
}
