package org.dyad.app.serve;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Set;
import org.dyad.store.ActorCounts;
import org.dyad.store.Store;

/** {@code GET /api/actors}: every actor and every dyad of the stored events with its event count, most first. */
final class ActorsHandler implements Handler {
  private final Store store;

  ActorsHandler(Store store) {
    this.store = store;
  }

  @Override
  public void handle(Context ctx) {
    Params.of(ctx, Set.of());
    ActorCounts counts = store.actorCounts();
    List<Actor> actors = counts.actors().stream()
        .map(a -> new Actor(a.code(), ActorNames.of(a.code()), a.events())).toList();
    List<Dyad> dyads = counts.dyads().stream()
        .map(d -> new Dyad(d.a() + ":" + d.b(), d.a(), d.b(), d.events())).toList();
    ctx.json(new Result(actors, dyads));
  }

  /** The pickers' choices. */
  record Result(List<Actor> actors, List<Dyad> dyads) {}

  /**
   * One actor.
   *
   * @param code its code
   * @param name its usual name, or the code when dyad knows none
   * @param events events in which it is source or target
   */
  record Actor(String code, String name, long events) {}

  /**
   * One pair of actors, either direction.
   *
   * @param dyad the {@code dyad} parameter of the other endpoints ("LBY:USA")
   * @param a the first code, alphabetically
   * @param b the second code
   * @param events events between them
   */
  record Dyad(String dyad, String a, String b, long events) {}
}
