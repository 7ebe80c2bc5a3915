package org.studypath.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/**
 * Lets a second launch bring the running window to the front: the running StudyPath listens on a loopback port
 * (published in {@code studypath.lock}) for one fixed line, and answers it by showing its window. Nothing else is
 * accepted, and nothing leaves the machine.
 */
public final class WindowSignal implements AutoCloseable {
    static final String SHOW = "studypath:show";
    private static final int TIMEOUT_MS = 1_500;

    private final ServerSocket server;

    private WindowSignal(ServerSocket server) {
        this.server = server;
    }

    /** Listens for launches on a free loopback port; {@code onShow} runs on a background thread. */
    public static WindowSignal listen(Runnable onShow) throws IOException {
        ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    socket.setSoTimeout(TIMEOUT_MS);
                    BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                    if (SHOW.equals(in.readLine())) {
                        onShow.run();
                        OutputStream out = socket.getOutputStream();
                        out.write("ok\n".getBytes(StandardCharsets.UTF_8));
                        out.flush();
                    }
                } catch (IOException e) {
                    // a closed server ends the loop; a bad client is dropped
                }
            }
        }, "studypath-window-signal");
        thread.setDaemon(true);
        thread.start();
        return new WindowSignal(server);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Asks the running StudyPath to show its window; false when it did not answer. */
    public static boolean bringToFront(OptionalInt port) {
        if (port.isEmpty()) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port.getAsInt()), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            socket.getOutputStream().write((SHOW + "\n").getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
            return "ok".equals(answer);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing a listening socket cannot lose data
        }
    }
}
