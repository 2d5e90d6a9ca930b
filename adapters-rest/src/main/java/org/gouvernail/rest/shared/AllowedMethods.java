package org.gouvernail.rest.shared;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Allow header (RFC 9110 §10.2.1): the methods a path of the API accepts, on a 405 problem
 * (§15.5.6: the server must say them) and as the answer to a plain OPTIONS. The framework knows
 * which methods a resource class has, not which of them fit the path asked, so the table is built
 * once from the resources' own {@code @Path} and method annotations: the same source the router
 * reads, hence never out of date. A CORS preflight never gets here (the CORS handler answers it).
 */
@Singleton
public class AllowedMethods {

    /** Order of the Allow header: the usual reading order, not alphabetical. */
    private static final List<String> ORDER = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private static final Pattern PARAMETER =
            Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");

    private record Template(Pattern pattern, Set<String> methods) {}

    private final List<Template> templates;

    AllowedMethods(BeanManager beans) {
        Map<String, Set<String>> methodsByTemplate = new LinkedHashMap<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = httpMethod(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    methodsByTemplate
                            .computeIfAbsent(join(root.value(), sub == null ? "" : sub.value()), k -> new TreeSet<>())
                            .add(verb);
                }
            }
        }
        this.templates = methodsByTemplate.entrySet().stream()
                .map(e -> template(e.getKey(), e.getValue()))
                .toList();
    }

    /**
     * The Allow value for a path, or null when no resource has it. The router picks a method's
     * resource among that method's templates alone (a DELETE of {@code /tools/export} reaches
     * {@code /tools/{toolId}}), so every template that fits counts.
     */
    public String allow(String path) {
        String normalised = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        Set<String> methods = new TreeSet<>();
        templates.stream()
                .filter(t -> t.pattern().matcher(normalised).matches())
                .forEach(t -> methods.addAll(t.methods()));
        if (methods.isEmpty()) {
            return null;
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return methods.stream()
                .sorted(Comparator.comparingInt(m -> ORDER.indexOf(m) < 0 ? ORDER.size() : ORDER.indexOf(m)))
                .collect(Collectors.joining(", "));
    }

    @ServerExceptionMapper
    public Response methodNotAllowed(NotAllowedException e, HttpHeaders headers, UriInfo uri) {
        return methodNotAllowed(uri == null ? null : allow(uri.getPath()), headers, uri);
    }

    /**
     * The router gives up with 404 on some paths that another method would reach (a PATCH of a
     * collection whose class shares its prefix with another class): for the client that path
     * exists, so it is a 405 too.
     */
    @ServerExceptionMapper
    public Response noSuchPath(NotFoundException e, Request request, HttpHeaders headers, UriInfo uri) {
        String allow = uri == null ? null : allow(uri.getPath());
        if (allow == null || List.of(allow.split(", ")).contains(request.getMethod())) {
            return ProblemMapper.problem(404, "no-such-path", ProblemMapper.locale(headers), uri);
        }
        return methodNotAllowed(allow, headers, uri);
    }

    private static Response methodNotAllowed(String allow, HttpHeaders headers, UriInfo uri) {
        Response problem = ProblemMapper.problem(405, "method-not-allowed", ProblemMapper.locale(headers), uri);
        return allow == null
                ? problem
                : Response.fromResponse(problem)
                        .header(HttpHeaders.ALLOW, allow)
                        .build();
    }

    /** Ahead of routing: the framework's own answer would list every method of the resource class. */
    @ServerRequestFilter(preMatching = true)
    public Response options(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            return null;
        }
        String allow = allow(request.getUriInfo().getPath());
        return allow == null
                ? null
                : Response.noContent().header(HttpHeaders.ALLOW, allow).build();
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String joined = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static Template template(String template, Set<String> methods) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start())));
            regex.append('(')
                    .append(
                            parameter.group(1) == null
                                    ? "[^/]+"
                                    : parameter.group(1).strip())
                    .append(')');
            last = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return new Template(Pattern.compile(regex.toString()), Set.copyOf(methods));
    }
}
