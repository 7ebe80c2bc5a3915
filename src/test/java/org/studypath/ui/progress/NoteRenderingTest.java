package org.studypath.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.MovingClock;
import org.studypath.app.Services;
import org.studypath.notes.NoteDocument;
import org.studypath.ui.InlineTaskRunner;
import org.studypath.ui.RecordingDialogs;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.TaskRunner;
import org.studypath.ui.path.PathsViewModel;

/** The note's preview as the view model renders it: in the background, the newest text wins, formulas laid out. */
class NoteRenderingTest {
    @TempDir
    Path dir;
    Services services;
    RecordingDialogs dialogs = new RecordingDialogs();
    ProgressViewModel vm;
    /** Work held back until the test runs it, as the worker thread would run it later. */
    final List<Runnable> pending = new ArrayList<>();

    @BeforeEach
    void setUp() {
        MovingClock clock = new MovingClock(Instant.parse("2026-12-01T09:00:00Z"));
        services = Services.open(dir, clock);
        InlineTaskRunner inline = new InlineTaskRunner();
        TaskRunner held = new TaskRunner() {
            @Override
            public <T> void run(String description, Callable<T> work, Consumer<? super T> onSuccess,
                                Consumer<Throwable> onFailure) {
                if (description.equals("Render note")) {
                    pending.add(() -> inline.run(description, work, onSuccess, onFailure));
                } else {
                    inline.run(description, work, onSuccess, onFailure);
                }
            }
        };
        PathsViewModel paths = new PathsViewModel(services.plans(), inline, dialogs, clock, Messages.of(Locale.UK));
        vm = new ProgressViewModel(services.progress(), held, dialogs, clock, Messages.of(Locale.UK), paths::load);
        vm.plannedProperty().bind(paths.plannedProperty());
        paths.load();
        vm.selectedProperty().set(new ProgressViewModel.Row(vm.items().get(0), vm.items().get(0).units().get(0)));
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void theNoteIsRenderedInTheBackgroundWithItsFormulasLaidOut() {
        vm.details().noteProperty().set("the chain rule $\\frac{dz}{dx} = \\frac{dz}{dy}\\frac{dy}{dx}$");
        vm.details().renderNote(15f, 500);
        assertThat(vm.details().renderedProperty().get()).isEqualTo(NoteDocument.EMPTY);
        pending.removeFirst().run();
        NoteDocument rendered = vm.details().renderedProperty().get();
        assertThat(rendered.formulas()).singleElement().satisfies(f -> {
            assertThat(f.error()).isNull();
            assertThat(f.layout(15f).width()).isPositive();
        });
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aSlowRenderOfOlderTextNeverReplacesANewerOne() {
        vm.details().noteProperty().set("old $a$");
        vm.details().renderNote(15f, 500);
        vm.details().noteProperty().set("new $\\frac{a$");
        vm.details().renderNote(15f, 500);
        pending.get(1).run();
        pending.get(0).run();
        NoteDocument rendered = vm.details().renderedProperty().get();
        assertThat(rendered.formulas()).singleElement().satisfies(f -> assertThat(f.tex()).isEqualTo("\\frac{a"));
        assertThat(rendered.formulas().getFirst().error()).isNotNull();
    }
}
