package org.studypath.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether the operating system is set to a dark appearance, where that can be found out: GNOME's
 * {@code color-scheme} (or a GTK theme named dark), Windows' {@code AppsUseLightTheme}, macOS's
 * {@code AppleInterfaceStyle}. Empty when it cannot be told; the caller then uses the light theme.
 * Runs a small system command, so call it off the FX thread.
 */
public final class SystemAppearance {
    /** Runs a command and returns what it printed, or empty when it failed or took too long. */
    @FunctionalInterface
    public interface CommandRunner {
        Optional<String> run(List<String> command);
    }

    private final String osName;
    private final Map<String, String> environment;
    private final CommandRunner commands;

    public SystemAppearance(String osName, Map<String, String> environment, CommandRunner commands) {
        this.osName = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        this.environment = environment;
        this.commands = commands;
    }

    /** The real system: its name, environment and commands (each given two seconds). */
    public static SystemAppearance ofThisSystem() {
        return new SystemAppearance(System.getProperty("os.name"), System.getenv(), SystemAppearance::runCommand);
    }

    /** True for dark, false for light, empty when the system does not say. */
    public Optional<Boolean> prefersDark() {
        if (osName.startsWith("windows")) {
            return commands.run(List.of("reg", "query",
                            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme"))
                    .flatMap(SystemAppearance::windowsDark);
        }
        if (osName.startsWith("mac")) {
            // the key exists only in dark mode: a failed read means light
            return Optional.of(commands.run(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(out -> out.strip().equalsIgnoreCase("dark")).orElse(false));
        }
        String gtkTheme = environment.getOrDefault("GTK_THEME", "");
        if (gtkTheme.toLowerCase(Locale.ROOT).contains("dark")) {
            return Optional.of(true);
        }
        Optional<Boolean> scheme = commands.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"))
                .flatMap(SystemAppearance::gnomeColorScheme);
        if (scheme.isPresent()) {
            return scheme;
        }
        return commands.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .map(out -> out.toLowerCase(Locale.ROOT).contains("dark") ? Boolean.TRUE : null);
    }

    /** GNOME 42+: 'prefer-dark', 'prefer-light' or 'default' (light). */
    static Optional<Boolean> gnomeColorScheme(String output) {
        String value = output.strip().replace("'", "");
        return switch (value) {
            case "prefer-dark" -> Optional.of(true);
            case "prefer-light", "default" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** {@code reg query} prints "AppsUseLightTheme    REG_DWORD    0x0" for dark. */
    static Optional<Boolean> windowsDark(String output) {
        for (String line : output.split("\\R")) {
            if (line.contains("AppsUseLightTheme")) {
                String value = line.strip().replaceAll(".*\\s", "");
                return Optional.of("0x0".equalsIgnoreCase(value));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> runCommand(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // wait first, then read: a command that hangs with its output open must not hold up the start
            // (its few bytes of output fit in the pipe, so waiting cannot block it)
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            byte[] out;
            try (InputStream in = process.getInputStream()) {
                out = in.readNBytes(4096);
            }
            return process.exitValue() == 0 ? Optional.of(new String(out, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
