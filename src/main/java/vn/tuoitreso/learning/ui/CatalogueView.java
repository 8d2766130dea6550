package vn.tuoitreso.learning.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.tuoitreso.learning.Catalogue;
import vn.tuoitreso.learning.CourseSummary;
import vn.tuoitreso.shared.Icons;

/** All courses; typing finds courses with or without diacritics, topics narrow the list. */
@Route("courses")
@Menu(title = "menu.catalogue", order = 11, icon = "vaadin:book")
@PermitAll
class CatalogueView extends VerticalLayout implements HasDynamicTitle {

    record Filter(String text, String topic) {
    }

    final TextField search = new TextField();
    final Select<String> topic = new Select<>();
    final VirtualList<CourseSummary> list = new VirtualList<>();
    final ConfigurableFilterDataProvider<CourseSummary, Void, Filter> data;

    CatalogueView(Catalogue catalogue) {
        addClassName("catalogue-view");
        search.setPlaceholder(getTranslation("learning.search"));
        search.setAriaLabel(getTranslation("learning.search"));
        search.setPrefixComponent(Icons.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        topic.setEmptySelectionAllowed(true);
        topic.setEmptySelectionCaption(getTranslation("learning.allTopics"));
        topic.setItems(catalogue.topics());
        topic.setAriaLabel(getTranslation("learning.topic"));

        data = new CallbackDataProvider<CourseSummary, Filter>(
                q -> catalogue.find(q.getFilter().map(Filter::text).orElse(""),
                        q.getFilter().map(Filter::topic).orElse(null), q.getOffset(), q.getLimit()).stream(),
                q -> catalogue.count(q.getFilter().map(Filter::text).orElse(""),
                        q.getFilter().map(Filter::topic).orElse(null)),
                CourseSummary::id).withConfigurableFilter();
        list.setRenderer(new ComponentRenderer<>(course -> new CourseCard(course, null)));
        list.setDataProvider(data);
        list.addClassName("course-list");
        search.addValueChangeListener(e -> refilter());
        topic.addValueChangeListener(e -> refilter());

        HorizontalLayout filters = new HorizontalLayout(search, topic);
        filters.setWidthFull();
        filters.setFlexGrow(1, search);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("catalogue-filters");
        setSizeFull();
        add(new H2(getTranslation("menu.catalogue")), filters, list);
        setFlexGrow(1, list);
    }

    private void refilter() {
        String chosen = topic.getValue();
        data.setFilter(new Filter(search.getValue(), chosen == null ? "" : chosen));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.catalogue");
    }
}
