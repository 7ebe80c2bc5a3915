package org.studypath.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One way of starting a {@link StartupProbe} child: which {@code java}, with which JVM options and class path, and
 * what the probe starts ({@code bare}, {@code controls} or {@code studypath}). The display's flags come first, then
 * the launch's own options, then a measurement's extra flags.
 *
 * @param label   how the results name it
 * @param java    the {@code java} executable
 * @param options JVM options of this launch (a module path, the app's options, an AOT cache), before the class path
 * @param probe   the probe's first argument: bare, controls or studypath
 */
record Launch(String label, String java, List<String> options, String classpath, String probe) {

    boolean studyPath() {
        return probe.equals("studypath");
    }

    /** The same launch with other JVM options (and another label). */
    Launch withOptions(String otherLabel, List<String> otherOptions) {
        return new Launch(otherLabel, java, List.copyOf(otherOptions), classpath, probe);
    }

    List<String> command(Display display, List<String> flags, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(display.flags());
        command.addAll(options);
        command.addAll(flags);
        command.addAll(List.of("-cp", classpath, StartupProbe.class.getName(), probe));
        command.addAll(args);
        return command;
    }

    /** How the results describe the options: "default flags" when there are none. */
    String describeOptions() {
        return options.isEmpty() ? "default flags" : String.join(" ", options);
    }
}
