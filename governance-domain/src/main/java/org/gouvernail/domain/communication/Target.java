package org.gouvernail.domain.communication;

import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.InvalidInput;

/** Value: the audience of an action; a TEAM audience names the team, the others name none. */
public record Target(Audience audience, String team) {

    public Target {
        Check.present("audience", audience);
        team = Check.text("team", team, Check.NAME_LENGTH);
        if (audience == Audience.TEAM && team == null) {
            throw new InvalidInput("team", "required", "a TEAM audience names its team", "team");
        }
        if (audience != Audience.TEAM && team != null) {
            throw new InvalidInput("team", "invalid", "only a TEAM audience names a team", "team");
        }
    }

    public static Target of(Audience audience) {
        return new Target(audience, null);
    }

    public static Target team(String team) {
        return new Target(Audience.TEAM, team);
    }

    /** "STAFF", or "TEAM:Accueil": how coverage and proposals name an audience. */
    public String key() {
        return team == null ? audience.name() : audience.name() + ":" + team;
    }
}
