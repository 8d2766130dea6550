package vn.tuoitreso.review.assignment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Minimum-cost maximum flow by successive shortest paths (Bellman-Ford with a queue), for the small networks of
 * judge assignment: a few thousand edges, a few hundred units of flow. Costs are whole numbers and non-negative.
 */
final class MinCostFlow {

    private final List<List<Integer>> out = new ArrayList<>();
    private final List<int[]> edges = new ArrayList<>(); // to, capacity, cost, reverse index

    MinCostFlow(int nodes) {
        for (int i = 0; i < nodes; i++) {
            out.add(new ArrayList<>());
        }
    }

    /** Adds an edge and returns its index, whose flow {@link #flow(int)} tells later. */
    int addEdge(int from, int to, int capacity, int cost) {
        int index = edges.size();
        edges.add(new int[] {to, capacity, cost, index + 1});
        out.get(from).add(index);
        edges.add(new int[] {from, 0, -cost, index});
        out.get(to).add(index + 1);
        return index;
    }

    /** The flow through the edge {@code index} (as returned by {@link #addEdge}). */
    int flow(int index) {
        return edges.get(index + 1)[1];
    }

    /** Sends as much flow as possible from {@code source} to {@code sink} at the least cost; returns the flow. */
    int run(int source, int sink) {
        int nodes = out.size();
        int total = 0;
        long[] distance = new long[nodes];
        int[] via = new int[nodes];
        boolean[] queued = new boolean[nodes];
        while (true) {
            Arrays.fill(distance, Long.MAX_VALUE);
            Arrays.fill(via, -1);
            distance[source] = 0;
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(source);
            queued[source] = true;
            while (!queue.isEmpty()) {
                int node = queue.poll();
                queued[node] = false;
                for (int e : out.get(node)) {
                    int[] edge = edges.get(e);
                    if (edge[1] > 0 && distance[node] + edge[2] < distance[edge[0]]) {
                        distance[edge[0]] = distance[node] + edge[2];
                        via[edge[0]] = e;
                        if (!queued[edge[0]]) {
                            queued[edge[0]] = true;
                            queue.add(edge[0]);
                        }
                    }
                }
            }
            if (distance[sink] == Long.MAX_VALUE) {
                return total;
            }
            int push = Integer.MAX_VALUE;
            for (int node = sink; node != source; node = edges.get(edges.get(via[node])[3])[0]) {
                push = Math.min(push, edges.get(via[node])[1]);
            }
            for (int node = sink; node != source; node = edges.get(edges.get(via[node])[3])[0]) {
                int[] edge = edges.get(via[node]);
                edge[1] -= push;
                edges.get(edge[3])[1] += push;
            }
            total += push;
        }
    }
}
