// compose-config validates a compose file the way `docker compose config -q` does, with the
// library that command is built on (compose-spec/compose-go): the schema, variable interpolation
// (required variables included), references between services, and the chosen profiles.
//
//	compose-config -f docker-compose.yml [--profile NAME ...]
//
// It prints nothing and exits 0 when the file is valid; otherwise the error goes to stderr, exit 1.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/compose-spec/compose-go/v2/cli"
)

type profileList []string

func (p *profileList) String() string     { return strings.Join(*p, ",") }
func (p *profileList) Set(v string) error { *p = append(*p, v); return nil }

func main() {
	file := flag.String("f", "docker-compose.yml", "the compose file")
	var profiles profileList
	flag.Var(&profiles, "profile", "a profile to enable (repeatable)")
	flag.Parse()

	options, err := cli.NewProjectOptions(
		[]string{*file},
		cli.WithOsEnv,
		cli.WithProfiles(profiles),
		cli.WithInterpolation(true),
		cli.WithResolvedPaths(true),
		cli.WithName("compose-config-check"),
	)
	if err == nil {
		_, err = options.LoadProject(context.Background())
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
