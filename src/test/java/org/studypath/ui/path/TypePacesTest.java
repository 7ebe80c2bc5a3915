package org.studypath.ui.path;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.studypath.domain.ResourceType;

/** The pace of each resource type: shown, bound to number boxes, saved all or none. */
class TypePacesTest extends PathPartsFixture {

    @Test
    void theBoxesPropertyIsTheSameFactor() {
        TypePaces paces = new TypePaces(work);
        paces.fill(planned().pace());
        paces.valueProperty(ResourceType.BOOK).set(1.5);
        assertThat(paces.factorProperty(ResourceType.BOOK).get()).isEqualTo(1.5);
        paces.save();
        assertThat(services.plans().paceFactors().factorFor(ResourceType.BOOK, null)).isEqualTo(1.5);
        assertThat(work.noticeProperty().get()).isEqualTo(work.messages.text("paths.pace.saved"));
        assertThat(reloads).isEqualTo(1);
    }

    @Test
    void oneFactorOutOfRangeSavesNone() {
        TypePaces paces = new TypePaces(work);
        double before = services.plans().paceFactors().factorFor(ResourceType.BOOK, null);
        paces.factorProperty(ResourceType.BOOK).set(3);
        paces.factorProperty(ResourceType.ONLINE_COURSE).set(0);
        paces.save();
        assertThat(dialogs.errors).singleElement().asString().contains("a pace factor must be between");
        assertThat(services.plans().paceFactors().factorFor(ResourceType.BOOK, null)).isEqualTo(before);
    }
}
