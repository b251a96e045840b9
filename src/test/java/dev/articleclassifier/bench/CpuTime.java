package dev.articleclassifier.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The benchmark thread's own CPU time per operation, beside JMH's wall-clock time. On a machine shared with other
 * builds the thread waits for a core part of the time, and wall-clock time then measures the machine's load as
 * much as the code; CPU time leaves the waiting out. JMH reports {@link #cpuMsPerOp} once per iteration.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Milliseconds of the thread's CPU time per operation, over this iteration's operations so far. */
    public double cpuMsPerOp;
    private long nanos;
    private long operations;

    @Setup(Level.Iteration)
    public void reset() {
        cpuMsPerOp = 0;
        nanos = 0;
        operations = 0;
    }

    /** The thread's CPU time now, in nanoseconds: pass it to {@link #operationDone} when the operation ends. */
    long start() {
        return THREADS.getCurrentThreadCpuTime();
    }

    void operationDone(long started) {
        nanos += THREADS.getCurrentThreadCpuTime() - started;
        operations++;
        cpuMsPerOp = nanos / 1e6 / operations;
    }
}
