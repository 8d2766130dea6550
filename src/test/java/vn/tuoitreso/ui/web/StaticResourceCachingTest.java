package vn.tuoitreso.ui.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaticResourceCachingTest {

    @Test
    void the_bundles_files_are_known_by_the_hash_in_their_name() {
        assertThat(StaticResourceCaching.HASHED.matcher("/VAADIN/build/indexhtml-D2jfVLCo.js").matches()).isTrue();
        assertThat(StaticResourceCaching.HASHED.matcher("/VAADIN/build/chunk-2d82e79532f98157b0735e1378668f0d807305c07aafaa55d5cc07d852b14419-B2DcO_mZ.js")
                .matches()).isTrue();
        assertThat(StaticResourceCaching.HASHED.matcher("/VAADIN/build/vaadin-icon-Ce09UKTY.js").matches()).isTrue();
    }

    @Test
    void files_without_a_hash_are_not_kept_for_a_year() {
        assertThat(StaticResourceCaching.HASHED.matcher("/VAADIN/build/indexhtml.js").matches()).isFalse();
        assertThat(StaticResourceCaching.HASHED.matcher("/styles/tuoitreso.css").matches()).isFalse();
        assertThat(StaticResourceCaching.HASHED.matcher("/VAADIN/build/../styles/tuoitreso-abcdefgh.css").matches()).isFalse();
        assertThat(StaticResourceCaching.HASHED.matcher("/VAADIN/push/vaadinPush-min.js").matches()).isFalse();
    }
}
